package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that belong to the site around an article, never to its title or body: end marks, teaser-block heads,
 * copyright lines, navigation, share buttons, newsletter and subscription blurbs, cookie notices, feedback
 * forms. The one list for every layout.
 */
public final class Furniture {
  private static final LineRule LINE = LineRule.matching(Pattern.compile("(?i)^(?:"
      + "-\\s?0\\s?-"
      + "|More\\s+(?:From\\b.*|Articles|News|Stories)"
      + "|(?:Back|Top|Home|Print|Close|Go\\s+to\\s+top|Back\\s+to\\s+top|Previous|Next|Menu|Search"
      + "|Log\\s?in|Sign\\s+in|Contact(?:\\s+us)?|About(?:\\s+us)?)"
      // Share and subscription prompts of any site.
      + "|Share(?:\\s+(?:this(?:\\s+article)?|on\\s+\\p{L}+))?|Subscribe\\s+(?:to|now|for)\\b.*|Sign\\s+up\\s+for\\b.*"
      // Cookie notices.
      + "|(?:This\\s+(?:web)?site|We)\\s+uses?\\s+cookies\\b.*|Accept(?:\\s+all)?\\s+cookies|Cookie\\s+(?:settings|policy|notice)"
      + "|[|\\s>]*)$"), Furniture::mayBeSiteLine);
  // What KCNA Watch prints around a copy: its source link, share button, NK News newsletter blurb.
  private static final LineRule COPY = LineRule.matching(Pattern.compile("(?i)^(?:Read\\s+(?:the\\s+)?original\\s+version(?:\\s+at\\s+source)?"
      + "|Share\\s+Button|Get\\s+North\\s+Korea\\s+headlines\\b.*|Subscribe\\s+to\\s+(?:the\\s+)?NK\\s+News\\b.*)$"),
      line -> Cheap.opensWithIgnoreCase(line, "read", "share", "get", "subscribe"));
  // Uriminzokkiri's feedback form, with its CAPTCHA.
  private static final LineRule FEEDBACK = LineRule.matching(
      Pattern.compile("(?i)^(?:To\\s+write\\s+your\\s+feedbacks?\\b.*|.*\\bCAPTCHA\\b.*)$"),
      line -> Cheap.opensWithIgnoreCase(line, "to") || Cheap.containsIgnoreCase(line, "captcha"));
  // KCNA Watch names the outlet it copied: KCNA KCNA.kp (En), KCNA Minju Choson (EN), KCNA DPRK Today (English).
  private static final LineRule SITE_HEADER = LineRule.matching(Pattern.compile(
      "(?i)^(?:KCNA\\s+)?\\p{L}[\\p{L}.]*(?:\\s\\p{L}[\\p{L}.]*){0,3}\\s*\\(\\s*En(?:g|glish)?\\s*\\)$"),
      line -> line.endsWith(")"));
  private static final LineRule SOURCE_HEADER = LineRule.matching(Pattern.compile(
      "(?i)^(?:Date\\s*:.*\\|\\s*)?Source\\s*:.*|^Date\\s*:\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}.*"),
      line -> Cheap.opensWithIgnoreCase(line, "date", "source"));
  private static final LineRule TEASER_BLOCK_START = LineRule.matching(Pattern.compile("(?i)^More\\s+From\\b.*"),
      line -> Cheap.opensWithIgnoreCase(line, "more"));
  private static final LineRule ARTICLE_END = LineRule.matching(
      Pattern.compile("(?i)^(?:More\\s+From\\b.*|More\\s+Articles)$"), line -> Cheap.opensWithIgnoreCase(line, "more"));
  /**
   * A copyright notice anywhere in a line. Sought with find() rather than as {@code .*notice.*} inside
   * the patterns above: matching those on every long body line backtracks through it once per notice.
   */
  private static final LineRule COPYRIGHT = LineRule.finding(
      Pattern.compile("(?i)\\bCopyright\\b|\\u00a9|All\\s+rights\\s+reserved"),
      line -> line.indexOf('\u00a9') >= 0 || Cheap.containsIgnoreCase(line, "copyright")
          || Cheap.containsIgnoreCase(line, "rights"));
  private static final LineRule PAGE_END = LineRule.matching(Pattern.compile("(?i)^More\\s+Articles\\s*$"),
      line -> Cheap.opensWithIgnoreCase(line, "more"));
  // The first words of the LINE alternatives; each alternative needs a non-letter (or the end) after them.
  private static final Set<String> LINE_OPENERS = Set.of("more", "back", "top", "home", "print", "close", "go",
      "previous", "next", "menu", "search", "log", "login", "sign", "contact", "about", "share", "subscribe", "this",
      "we", "accept", "cookie");

  private Furniture() {
  }

  public static boolean isFurniture(String line) {
    return LINE.test(line) || isCopyright(line) || SOURCE_HEADER.test(line) || isSiteHeader(line)
        || isCopyFurniture(line) || isFeedbackForm(line);
  }

  /** What KCNA Watch prints around a copy: {@code Read original version at source}, {@code Share Button}... */
  public static boolean isCopyFurniture(String line) {
    return COPY.test(line);
  }

  /** A line of Uriminzokkiri's feedback form ({@code To write your feedbacks}, its CAPTCHA). */
  public static boolean isFeedbackForm(String line) {
    return FEEDBACK.test(line);
  }

  /** KCNA Watch's line naming the outlet it copied, {@code KCNA Minju Choson (EN)}; also bare, {@code KCNA.kp (En)}. */
  public static boolean isSiteHeader(String line) {
    return SITE_HEADER.test(line);
  }

  /** A line after which nothing belongs to an article any more (copyright footer, teaser block). */
  public static boolean endsArticle(String line) {
    return ARTICLE_END.test(line) || isCopyright(line);
  }

  /** As {@code .*notice.*} would match: a notice in a line with no line terminator in it. */
  private static boolean isCopyright(String line) {
    return COPYRIGHT.test(line) && line.chars().noneMatch(Furniture::isLineTerminator);
  }

  private static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** KCNA Watch's {@code More From KCNA.kp (En)}: everything after it is teasers of the capture. */
  public static boolean startsTeasers(String line) {
    return TEASER_BLOCK_START.test(line);
  }

  /** KCNA Watch's {@code More Articles}: the end of the copy. */
  public static boolean endsPage(String line) {
    return PAGE_END.test(line);
  }

  /** The {@code Date: DD/MM/YYYY | Source: ...} header of a KCNA Watch copy. */
  public static boolean isSourceHeader(String line) {
    return SOURCE_HEADER.test(line);
  }

  /** Whether the line could be one of LINE's: it opens with one of their words, an end mark, or is all pipes. */
  private static boolean mayBeSiteLine(String line) {
    int word = 0;
    while (word < line.length() && Cheap.isAsciiLetter(line.charAt(word))) {
      word++;
    }
    if (word > 0) {
      return LINE_OPENERS.contains(line.substring(0, word).toLowerCase(Locale.ROOT));
    }
    return line.isEmpty() || line.charAt(0) == '-' || line.chars().allMatch(c -> c == '|' || c == '>' || Cheap.isRegexSpace(c));
  }

  /** Every rule, for the equivalence test. */
  static List<LineRule> rules() {
    return List.of(LINE, COPY, FEEDBACK, SITE_HEADER, SOURCE_HEADER, TEASER_BLOCK_START, ARTICLE_END, COPYRIGHT, PAGE_END);
  }
}
