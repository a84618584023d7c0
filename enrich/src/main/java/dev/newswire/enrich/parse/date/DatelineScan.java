package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.text.Cheap;
import java.util.Optional;

/**
 * {@link Dateline}'s form read by hand, in one pass and without backtracking: lead-in, one to four
 * capitalised words, a comma, a month name, a day, then the agency in brackets or a dash. Each part
 * of the pattern can only end one way (its runs are possessive, the month must end where the letters
 * do, the day where the digits do), so reading each part as far as it goes is what the pattern does.
 */
final class DatelineScan {
  private static final String[] MONTHS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april",
      "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
      "november", "dec", "december"};

  private DatelineScan() {
  }

  static Optional<Dateline> read(String p) {
    int n = p.length();
    int i = 0;
    while (i < n && isLeadIn(p.charAt(i))) {
      i++;
    }
    int placeStart = i;
    int placeEnd = word(p, i);
    if (placeEnd < 0) {
      return Optional.empty();
    }
    for (int words = 1; words < 4 && placeEnd < n && isSpace(p.charAt(placeEnd)); words++) {
      int next = word(p, placeEnd + 1);
      if (next < 0) {
        break;
      }
      placeEnd = next;
    }
    i = spaces(p, placeEnd);
    if (i >= n || p.charAt(i) != ',') {
      return Optional.empty();
    }
    int monthStart = spaces(p, i + 1);
    int monthEnd = monthStart;
    while (monthEnd < n && Cheap.isAsciiLetter(p.charAt(monthEnd))) {
      monthEnd++;
    }
    int month = month(p, monthStart, monthEnd);
    if (month == 0) {
      return Optional.empty();
    }
    i = monthEnd < n && p.charAt(monthEnd) == '.' ? monthEnd + 1 : monthEnd;
    int dayStart = spaces(p, i);
    int dayEnd = dayStart;
    while (dayEnd < n && isDigit(p.charAt(dayEnd))) {
      dayEnd++;
    }
    if (dayEnd == dayStart || dayEnd - dayStart > 2) {
      return Optional.empty();
    }
    int day = Integer.parseInt(p, dayStart, dayEnd, 10);
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    i = spaces(p, dayEnd);
    String agency = null;
    int end;
    if (i < n && p.charAt(i) == '(') {
      int close = i + 1;
      while (close < n && p.charAt(close) != '(' && p.charAt(close) != ')') {
        close++;
      }
      // The pattern counts code points: a character outside the BMP is one, as an unpaired surrogate is.
      int inside = close < n ? p.codePointCount(i + 1, close) : 0;
      if (close >= n || p.charAt(close) != ')' || inside < 1 || inside > 40) {
        return Optional.empty();
      }
      agency = p.substring(i + 1, close).strip();
      end = spaces(p, close + 1);
      int dashes = run(p, end, '-', 3);
      end += dashes > 0 ? dashes : longDashes(p, end);
    } else {
      int dashes = run(p, i, '-', 3);
      if (dashes < 2) {
        dashes = dashes == 0 ? longDashes(p, i) : 0;
      }
      if (dashes == 0) {
        return Optional.empty();
      }
      end = i + dashes;
    }
    return Optional.of(new Dateline(p.substring(placeStart, placeEnd).strip(), month, day, agency,
        p.substring(0, end).strip()));
  }

  /** The end of a capitalised word starting at i ({@code \p{Lu}[\p{L}'.\-]*+}), or -1 when none starts there. */
  private static int word(String p, int i) {
    if (i >= p.length()) {
      return -1;
    }
    int first = p.codePointAt(i);
    if (Character.getType(first) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    i += Character.charCount(first);
    while (i < p.length()) {
      int c = p.codePointAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '.' && c != '-') {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** 1-12 for a whole month name (any case), 0 for anything else. */
  private static int month(String p, int start, int end) {
    int length = end - start;
    for (int m = 0; m < MONTHS.length; m++) {
      if (MONTHS[m].length() == length && p.regionMatches(true, start, MONTHS[m], 0, length)) {
        return MonthNames.number(MONTHS[m]);
      }
    }
    return 0;
  }

  private static int spaces(String p, int i) {
    while (i < p.length() && isSpace(p.charAt(i))) {
      i++;
    }
    return i;
  }

  /** How many of c, at most max, follow from i. */
  private static int run(String p, int i, char c, int max) {
    int k = 0;
    while (k < max && i + k < p.length() && p.charAt(i + k) == c) {
      k++;
    }
    return k;
  }

  /** How many en or em dashes, at most two, follow from i. */
  private static int longDashes(String p, int i) {
    int k = 0;
    while (k < 2 && i + k < p.length() && (p.charAt(i + k) == '\u2013' || p.charAt(i + k) == '\u2014')) {
      k++;
    }
    return k;
  }

  private static boolean isLeadIn(char c) {
    return Cheap.isRegexSpace(c) || c == '\u00a0' || c == '"' || c == '\'' || c == '|';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
