package dev.newswire.enrich.parse.page;

import java.util.regex.Pattern;

/** Lines that belong to the site around an article, never to its body. */
public final class Furniture {
  private static final Pattern LINE = Pattern.compile("(?i)^(?:"
      + "-\\s?0\\s?-"
      + "|More\\s+(?:From\\b.*|Articles|News|Stories)"
      + "|Read\\s+(?:the\\s+)?original\\s+version(?:\\s+at\\s+source)?"
      + "|(?:KCNA\\s+)?KCNA\\.kp\\s*\\(\\s*En(?:g|glish)?\\s*\\)"
      + "|(?:Back|Top|Home|Print|Close|Go\\s+to\\s+top|Back\\s+to\\s+top|Previous|Next)"
      + "|[|\\s>]*)$");
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
    return LINE.matcher(line).matches() || isCopyright(line) || SOURCE_HEADER.matcher(line).matches();
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
