package dev.newswire.enrich.parse.date;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening of a news item, {@code Pyongyang, December 4 (KCNA) --}: a place, a month and day, no year.
 * The year must come from a reference date (the page's own date, its address or the capture time).
 *
 * @param place  the city as printed, e.g. {@code Pyongyang}, {@code Tokyo}
 * @param month  1-12
 * @param day    1-31 as printed (not yet checked against a year)
 * @param agency what is in the brackets, e.g. {@code KCNA}, {@code KNS-KCNA}; null when absent
 * @param raw    the dateline text as matched
 */
public record Dateline(String place, int month, int day, String agency, String raw) {

  // The form's definition, which DatelineScan reads by hand. The place is one to four capitalised words;
  // reprints drop the space after the comma, indent the line, or use an en/em dash. Either the agency
  // brackets or a dash must follow, so a sentence that merely starts with "Pyongyang, May 5 ..." is not a
  // dateline. Runs are possessive (*+): the part after each can never start with what the run takes.
  private static final Pattern FORM = Pattern.compile(
      "^[\\s\\u00a0\"'|]*+(?<place>\\p{Lu}[\\p{L}'.\\-]*+(?:[ \\u00a0]\\p{Lu}[\\p{L}'.\\-]*+){0,3})[ \\u00a0]*+,[ \\u00a0]*+"
          + "(?<month>(?i:" + MonthNames.REGEX + "))\\.?[ \\u00a0]*+(?<day>\\d{1,2})(?!\\d)[ \\u00a0]*+"
          + "(?:(?<agency>\\((?:[^()]{1,40})\\))[ \\u00a0]*+(?:-{1,3}|[\\u2013\\u2014]{1,2})?"
          + "|(?:-{2,3}|[\\u2013\\u2014]{1,2}))");

  /**
   * Reads a dateline at the very start of a paragraph. Every teaser and article opens with one, so this
   * runs twenty times a page: {@link DatelineScan} reads the form by hand, and {@code DatelineScanTest}
   * holds it to the pattern ({@link #byPattern}) on every line of the test pages and on generated ones.
   */
  public static Optional<Dateline> find(String paragraph) {
    return paragraph == null ? Optional.empty() : DatelineScan.read(paragraph);
  }

  /** What the pattern reads: the definition the hand-written reading is held to. */
  static Optional<Dateline> byPattern(String paragraph) {
    if (paragraph == null) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = MonthNames.number(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (month == 0 || day < 1 || day > 31) {
      return Optional.empty();
    }
    String agency = m.group("agency");
    if (agency != null) {
      agency = agency.substring(1, agency.length() - 1).strip();
    }
    return Optional.of(new Dateline(m.group("place").strip(), month, day, agency, m.group().strip()));
  }

  /**
   * The year a yearless month belongs to, seen from a reference day on or shortly after it: a month later
   * than the reference month can only be last year's (a December dateline on a January page).
   */
  public static int yearFor(int month, LocalDate reference) {
    return month > reference.getMonthValue() ? reference.getYear() - 1 : reference.getYear();
  }

  /** The dateline as a full date seen from the reference day; empty when the day does not exist that year. */
  public Optional<LocalDate> resolve(LocalDate reference) {
    return CalendarDays.of(yearFor(month, reference), month, day);
  }
}
