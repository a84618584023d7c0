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

  /** {@code \s} of a pattern without Unicode classes. */
  public static boolean isRegexSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** {@code [a-zA-Z]}: what a case-insensitive pattern without Unicode case folds. */
  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Whether {@code text} holds {@code lowerNeedle} with its ASCII letters in any case, as a {@code (?i)} pattern
   * (which folds only ASCII) would find it. The needle is ASCII and lower-case.
   */
  public static boolean containsIgnoreCase(String text, String lowerNeedle) {
    // Candidates are sought for the needle's rarest character (in English text), in either case, with
    // String.indexOf (a vectorised intrinsic): "captcha" is sought by its p, not by each of the page's c.
    int k = rarest(lowerNeedle);
    char lower = lowerNeedle.charAt(k);
    char upper = lower >= 'a' && lower <= 'z' ? (char) (lower - 32) : lower;
    int last = text.length() - lowerNeedle.length() + k;
    int atLower = text.indexOf(lower, k);
    int atUpper = upper == lower ? -1 : text.indexOf(upper, k);
    while (atLower >= 0 || atUpper >= 0) {
      int at = atUpper < 0 || atLower >= 0 && atLower < atUpper ? atLower : atUpper;
      if (at > last) {
        return false;
      }
      if (matchesAt(text, at - k, lowerNeedle)) {
        return true;
      }
      if (at == atLower) {
        atLower = text.indexOf(lower, at + 1);
      } else {
        atUpper = text.indexOf(upper, at + 1);
      }
    }
    return false;
  }

  // English letters from the most frequent to the least; anything else counts as rarer than all letters but
  // the six last, except a full stop or a space, as common as the commonest.
  private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";
  private static final byte[] RANK = new byte[128];

  static {
    java.util.Arrays.fill(RANK, (byte) 20);
    RANK['.'] = 0;
    RANK[' '] = 0;
    for (int i = 0; i < BY_FREQUENCY.length(); i++) {
      RANK[BY_FREQUENCY.charAt(i)] = (byte) i;
    }
  }

  private static int rarest(String lowerNeedle) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < lowerNeedle.length(); i++) {
      char c = lowerNeedle.charAt(i);
      int rank = c < 128 ? RANK[c] : 20;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  private static boolean matchesAt(String text, int at, String lowerNeedle) {
    for (int j = 0; j < lowerNeedle.length(); j++) {
      char n = lowerNeedle.charAt(j);
      char c = text.charAt(at + j);
      // c | 0x20 is a lower-case ASCII letter only for that letter and its capital.
      if (c != n && !(n >= 'a' && n <= 'z' && (c | 0x20) == n)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text starts, at its first character, with one of the (ASCII, lower-case) prefixes in any case. */
  public static boolean opensWithIgnoreCase(String text, String... lowerPrefixes) {
    for (String prefix : lowerPrefixes) {
      if (text.length() >= prefix.length() && matchesAt(text, 0, prefix)) {
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
