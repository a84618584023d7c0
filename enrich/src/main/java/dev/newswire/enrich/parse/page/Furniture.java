package dev.newswire.enrich.parse.page;

import java.util.regex.Pattern;

/**
 * Lines that belong to the site around an article, never to its title or body: end marks, teaser-block heads,
 * copyright lines, navigation, share buttons, newsletter and subscription blurbs, cookie notices, feedback
 * forms. The one list for every layout.
 */
public final class Furniture {
  private static final Pattern LINE = Pattern.compile("(?i)^(?:"
      + "-\\s?0\\s?-"
      + "|More\\s+(?:From\\b.*|Articles|News|Stories)"
      + "|(?:Back|Top|Home|Print|Close|Go\\s+to\\s+top|Back\\s+to\\s+top|Previous|Next|Menu|Search"
      + "|Log\\s?in|Sign\\s+in|Contact(?:\\s+us)?|About(?:\\s+us)?)"
      // Share and subscription prompts of any site.
      + "|Share(?:\\s+(?:this(?:\\s+article)?|on\\s+\\p{L}+))?|Subscribe\\s+(?:to|now|for)\\b.*|Sign\\s+up\\s+for\\b.*"
      // Cookie notices.
      + "|(?:This\\s+(?:web)?site|We)\\s+uses?\\s+cookies\\b.*|Accept(?:\\s+all)?\\s+cookies|Cookie\\s+(?:settings|policy|notice)"
      + "|[|\\s>]*)$");
  // What KCNA Watch prints around a copy: its source link, share button, NK News newsletter blurb.
  private static final Pattern COPY = Pattern.compile("(?i)^(?:Read\\s+(?:the\\s+)?original\\s+version(?:\\s+at\\s+source)?"
      + "|Share\\s+Button|Get\\s+North\\s+Korea\\s+headlines\\b.*|Subscribe\\s+to\\s+(?:the\\s+)?NK\\s+News\\b.*)$");
  // Uriminzokkiri's feedback form, with its CAPTCHA.
  private static final Pattern FEEDBACK = Pattern.compile("(?i)^(?:To\\s+write\\s+your\\s+feedbacks?\\b.*|.*\\bCAPTCHA\\b.*)$");
  // KCNA Watch names the outlet it copied: KCNA KCNA.kp (En), KCNA Minju Choson (EN), KCNA DPRK Today (English).
  private static final Pattern SITE_HEADER = Pattern.compile(
      "(?i)^(?:KCNA\\s+)?\\p{L}[\\p{L}.]*(?:\\s\\p{L}[\\p{L}.]*){0,3}\\s*\\(\\s*En(?:g|glish)?\\s*\\)$");
  private static final Pattern SOURCE_HEADER = Pattern.compile(
      "(?i)^(?:Date\\s*:.*\\|\\s*)?Source\\s*:.*|^Date\\s*:\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}.*");
  private static final Pattern TEASER_BLOCK_START = Pattern.compile("(?i)^More\\s+From\\b.*");
  private static final Pattern ARTICLE_END = Pattern.compile("(?i)^(?:More\\s+From\\b.*|More\\s+Articles)$");
  /**
   * A copyright notice anywhere in a line. Sought with find() rather than as {@code .*notice.*} inside
   * the patterns above: matching those on every long body line backtracks through it once per notice.
   */
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\bCopyright\\b|\\u00a9|All\\s+rights\\s+reserved");
  private static final Pattern PAGE_END = Pattern.compile("(?i)^More\\s+Articles\\s*$");

  private Furniture() {
  }

  public static boolean isFurniture(String line) {
    return LINE.matcher(line).matches() || isCopyright(line) || SOURCE_HEADER.matcher(line).matches() || isSiteHeader(line)
        || isCopyFurniture(line) || isFeedbackForm(line);
  }

  /** What KCNA Watch prints around a copy: {@code Read original version at source}, {@code Share Button}... */
  public static boolean isCopyFurniture(String line) {
    return COPY.matcher(line).matches();
  }

  /** A line of Uriminzokkiri's feedback form ({@code To write your feedbacks}, its CAPTCHA). */
  public static boolean isFeedbackForm(String line) {
    return FEEDBACK.matcher(line).matches();
  }

  /** KCNA Watch's line naming the outlet it copied, {@code KCNA Minju Choson (EN)}; also bare, {@code KCNA.kp (En)}. */
  public static boolean isSiteHeader(String line) {
    return SITE_HEADER.matcher(line).matches();
  }

  /** A line after which nothing belongs to an article any more (copyright footer, teaser block). */
  public static boolean endsArticle(String line) {
    return ARTICLE_END.matcher(line).matches() || isCopyright(line);
  }

  /** As {@code .*notice.*} would match: a notice in a line with no line terminator in it. */
  private static boolean isCopyright(String line) {
    return COPYRIGHT.matcher(line).find() && line.chars().noneMatch(Furniture::isLineTerminator);
  }

  private static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** KCNA Watch's {@code More From KCNA.kp (En)}: everything after it is teasers of the capture. */
  public static boolean startsTeasers(String line) {
    return TEASER_BLOCK_START.matcher(line).matches();
  }

  /** KCNA Watch's {@code More Articles}: the end of the copy. */
  public static boolean endsPage(String line) {
    return PAGE_END.matcher(line).matches();
  }

  /** The {@code Date: DD/MM/YYYY | Source: ...} header of a KCNA Watch copy. */
  public static boolean isSourceHeader(String line) {
    return SOURCE_HEADER.matcher(line).matches();
  }
}
