package dev.newswire.enrich.parse.text;

/**
 * Necessary conditions of the line patterns, tested before the patterns themselves: most lines of a page
 * are body text that no furniture or date pattern can match, and a case-insensitive pattern tried at
 * every position of every line was most of the parser's time. Each test here may say yes wrongly, never
 * no wrongly: a line it lets through is still judged by the pattern.
 */
public final class Cheap {
  private Cheap() {
  }

  /**
   * Whether {@code text} holds {@code lowerNeedle} in any case. Folds more than a {@code (?i)} pattern does
   * (Unicode, not only ASCII), which only lets more lines through to the pattern.
   */
  public static boolean containsIgnoreCase(String text, String lowerNeedle) {
    int n = lowerNeedle.length();
    char lower = lowerNeedle.charAt(0);
    char upper = Character.toUpperCase(lower);
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper) && text.regionMatches(true, i, lowerNeedle, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text starts, at its first character, with one of the prefixes in any case. */
  public static boolean opensWithIgnoreCase(String text, String... lowerPrefixes) {
    for (String prefix : lowerPrefixes) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last character that is not white space, a no-break space or a line terminator (a pattern's {@code $}
   * matches before a final one), or 0 when there is none.
   */
  public static char lastVisible(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
        return c;
      }
    }
    return 0;
  }
}
