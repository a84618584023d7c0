package dev.newswire.enrich.parse.date;

import java.util.Locale;

/** English month names as KCNA, KCNA Watch and Rodong Sinmun print them: full, abbreviated, with or without a dot. */
public final class MonthNames {
  /** Regex alternative matching one month name (case-insensitive use expected), no capturing group. */
  public static final String REGEX = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])";

  private static final String[] PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  private MonthNames() {
  }

  /** 1-12 for a month name matched by {@link #REGEX}, 0 when it is not one. */
  public static int number(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    if (lower.length() < 3) {
      return 0;
    }
    for (int i = 0; i < PREFIXES.length; i++) {
      if (lower.startsWith(PREFIXES[i])) {
        return i + 1;
      }
    }
    return 0;
  }
}
