package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for every date form printed on the pages, each tolerant of spacing, case, dots and padding.
 * Each returns empty when the form is absent, and an invalid {@link DateReading} when the form is present but
 * names no real day, so callers can warn instead of emitting a date.
 * Body text is deliberately never searched here: dates inside articles are event dates.
 */
public final class DateForms {
  private static final String MONTH = "(?<month>" + MonthNames.REGEX + ")\\.?";

  // Every run of spaces is possessive (*+): what follows it is never a space, so giving some back could not
  // help a match, and on a long run of spaces before a failing part it would cost quadratic time.
  // A year below 1000 is a Juche year (list pages before late 2024 print [113.06.15]).
  private static final Pattern DOTTED = Pattern.compile(
      "(?i)(?<!\\d)(?<juche>Juche\\s*+)?(?<y>\\d{1,4})\\s*+\\.\\s*+(?<m>\\d{1,2})\\s*+\\.\\s*+(?<d>\\d{1,2})(?!\\d)\\s*+\\.?");
  private static final LineRule FOOTER = LineRule.finding(Pattern.compile(
      "(?i)(?:www\\.)?kcna\\.kp\\s*+\\(\\s*+(?<inner>(?:Juche\\s*+)?\\d{1,4}\\s*+\\.\\s*+\\d{1,2}\\s*+\\.\\s*+\\d{1,2}\\s*+\\.?+)\\s*+\\)"),
      // The footer names kcna.kp: a line without it needs no pattern (nor its spaces mended).
      text -> Cheap.containsIgnoreCase(text, "kcna.kp"));
  private static final Pattern BRACKETED = Pattern.compile(
      "[\\[(]\\s*+(?<inner>(?i:Juche\\s*+)?\\d{1,4}\\s*+\\.\\s*+\\d{1,2}\\s*+\\.\\s*+\\d{1,2}\\s*+\\.?+)\\s*+[\\])]");
  private static final Pattern WATCH_HEADER = Pattern.compile(
      "(?i)\\bDate\\s*+:\\s*+(?<d>\\d{1,2})\\s*+/\\s*+(?<m>\\d{1,2})\\s*+/\\s*+(?<y>\\d{4})(?!\\d)");
  private static final Pattern ENGLISH = Pattern.compile(
      "(?i)" + MONTH + "\\s*+(?<d>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?+\\s*+,?+\\s*+(?<y>\\d{4})(?!\\d)");
  private static final LineRule ENGLISH_LINE = LineRule.finding(Pattern.compile(
      "(?i)^\\s*+(?<first>" + MonthNames.REGEX + "\\.?+\\s*+\\d{1,2}\\s*+,?+\\s*+\\d{4})"
          + "(?:\\s*+" + MonthNames.REGEX + "\\.?+\\s*+\\d{1,2}\\s*+,?+\\s*+\\d{4})?+\\s*+$"),
      // A line of dates alone ends in a year's digit.
      line -> Character.isDigit(Cheap.lastVisible(line)));
  private static final Pattern CALENDAR = Pattern.compile(
      "(?i)calendar\\s*+>++\\s*+" + MONTH + "\\s*+(?<d>\\d{1,2})(?!\\d)\\s*+[.,]?+\\s*+(?<y>\\d{4})(?!\\d)"
          + "(?:[\\s|,]*+Juche\\s*+(?<j>\\d{1,3}))?");
  // Rodong Sinmun and Uriminzokkiri headers: "Mar. 10, Juche 111 (2022) Thursday", "June 20, Juche108(2019)".
  private static final Pattern JUCHE_HEADER = Pattern.compile(
      "(?i)" + MONTH + "\\s*+(?<d>\\d{1,2})(?!\\d)\\s*+,?+\\s*+(?:Juche\\s*+(?<j>\\d{1,3})(?!\\d)\\s*+)?"
          + "(?:\\(\\s*+(?<y>\\d{4})\\s*+\\)|(?<y2>\\d{4})(?!\\d))?"
          + "\\s*+,?+\\s*+(?<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)?");

  private static final Pattern ODD_SPACE = Pattern.compile("[\\u00a0\\u2007\\u202f\\u3000]");

  private DateForms() {
  }

  /** kcna.kp publish-time footer: {@code www.kcna.kp (Juche112.12.4.)}, {@code (2025.4.22.)}. */
  public static Optional<DateReading> footer(String text) {
    if (!mayBeFooter(text)) {
      return Optional.empty();
    }
    text = spaces(text);
    Matcher m = FOOTER.pattern().matcher(text);
    return m.find() ? dotted(m.group("inner")) : Optional.empty();
  }

  /** Whether a line is (or ends with) the kcna.kp footer, whatever its date. */
  public static boolean isFooter(String text) {
    if (!mayBeFooter(text)) {
      return false;
    }
    text = spaces(text);
    return FOOTER.pattern().matcher(text).find();
  }

  /** Removes the kcna.kp footer from a line (reprints sometimes glue it to the last paragraph). */
  public static String withoutFooter(String text) {
    if (!mayBeFooter(text)) {
      return spaces(text).strip();
    }
    text = spaces(text);
    return FOOTER.pattern().matcher(text).replaceAll("").strip();
  }

  /** A dotted date {@code 2025.04.22.}, {@code Juche112.12.4.} or {@code 113.6.15}: years below 1000 are Juche. */
  public static Optional<DateReading> dotted(String text) {
    text = spaces(text);
    Matcher m = DOTTED.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String raw = m.group().strip();
    int year = Integer.parseInt(m.group("y"));
    boolean juche = m.group("juche") != null || year < 1000;
    if (juche && (year < 1 || year >= 1000)) {
      return Optional.of(DateReading.invalid(raw));
    }
    int gregorian = juche ? JucheDate.toGregorianYear(year) : year;
    return Optional.of(read(gregorian, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), raw));
  }

  /** A list-page date in brackets: {@code [2024.06.15]}, {@code [2026.7.9.]}, {@code (Juche113.6.15.)}. */
  public static Optional<DateReading> bracketed(String text) {
    text = spaces(text);
    Matcher m = BRACKETED.matcher(text);
    return m.find() ? dotted(m.group("inner")).map(r -> withRaw(r, m.group())) : Optional.empty();
  }

  /** The bracketed list date removed from a row's text, leaving its title. */
  public static String withoutBracketed(String text) {
    text = spaces(text);
    return BRACKETED.matcher(text).replaceAll(" ").strip();
  }

  /** KCNA Watch header {@code Date: 04/03/2005}: day first, so this is 4 March 2005. */
  public static Optional<DateReading> watchHeader(String line) {
    line = spaces(line);
    Matcher m = WATCH_HEADER.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(read(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
        Integer.parseInt(m.group("d")), m.group()));
  }

  /**
   * A line that is nothing but an English date, {@code February 14, 2026} or the capture form printed twice
   * and glued, {@code January 26, 2026Jan 26, 2026}; the first date is returned.
   */
  public static Optional<DateReading> englishDateLine(String line) {
    String plain = spaces(line).strip();
    if (!ENGLISH_LINE.mayMatch(plain)) {
      return Optional.empty();
    }
    Matcher m = ENGLISH_LINE.pattern().matcher(plain);
    return m.find() ? english(m.group("first")).map(r -> withRaw(r, plain)) : Optional.empty();
  }

  /** The first English date {@code Month D, YYYY} anywhere in the text. */
  public static Optional<DateReading> english(String text) {
    text = spaces(text);
    Matcher m = ENGLISH.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(read(Integer.parseInt(m.group("y")), MonthNames.number(m.group("month")),
        Integer.parseInt(m.group("d")), m.group().strip()));
  }

  /** kcna.co.jp {@code calendar>>October 8. 2016 Juche 105}: the Gregorian date, with a doubt if the years disagree. */
  public static Optional<DateReading> calendarLine(String line) {
    line = spaces(line);
    Matcher m = CALENDAR.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group("y"));
    DateReading r = read(year, MonthNames.number(m.group("month")), Integer.parseInt(m.group("d")), m.group().strip());
    String juche = m.group("j");
    if (r.valid() && juche != null && Integer.parseInt(juche) + JucheDate.OFFSET != year) {
      return Optional.of(DateReading.doubtful(r.date(), r.raw(),
          "calendar line '" + r.raw() + "': Juche " + juche + " is not " + year));
    }
    return Optional.of(r);
  }

  /**
   * A month-day header with a Juche and/or Gregorian year: Rodong Sinmun {@code Mar. 10, Juche 111 (2022) Thursday},
   * Uriminzokkiri {@code June 20, Juche108(2019)}. The Gregorian year wins when both are printed; a mismatching
   * year pair or weekday is reported as a doubt.
   */
  public static Optional<DateReading> jucheHeader(String text) {
    text = spaces(text);
    Matcher m = JUCHE_HEADER.matcher(text);
    while (m.find()) {
      String gregorianText = m.group("y") != null ? m.group("y") : m.group("y2");
      String jucheText = m.group("j");
      if (gregorianText == null && jucheText == null) {
        continue;
      }
      Integer gregorian = gregorianText == null ? null : Integer.parseInt(gregorianText);
      Integer fromJuche = jucheText == null || Integer.parseInt(jucheText) < 1 ? null
          : JucheDate.toGregorianYear(Integer.parseInt(jucheText));
      int year = gregorian != null ? gregorian : fromJuche;
      String raw = m.group().strip();
      DateReading r = read(year, MonthNames.number(m.group("month")), Integer.parseInt(m.group("d")), raw);
      if (!r.valid()) {
        return Optional.of(r);
      }
      if (gregorian != null && fromJuche != null && !gregorian.equals(fromJuche)) {
        return Optional.of(DateReading.doubtful(r.date(), raw, "header '" + raw + "': Juche year and "
            + gregorian + " disagree"));
      }
      String weekday = m.group("wd");
      if (weekday != null && !matchesWeekday(r.date(), weekday)) {
        return Optional.of(DateReading.doubtful(r.date(), raw, "header '" + raw + "': "
            + r.date() + " is a " + r.date().getDayOfWeek().toString().toLowerCase(Locale.ROOT)));
      }
      return Optional.of(r);
    }
    return Optional.empty();
  }

  /** Pages use no-break and other odd spaces between date parts; the patterns expect plain ones. */
  private static boolean mayBeFooter(String text) {
    return text != null && FOOTER.mayMatch(text);
  }

  /** The guarded patterns, for the equivalence test. */
  static List<LineRule> rules() {
    return List.of(FOOTER, ENGLISH_LINE);
  }

  private static String spaces(String text) {
    if (text == null) {
      return "";
    }
    // Called on every line; most have none, and a matcher per line was a tenth of the parse.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u3000') {
        return ODD_SPACE.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  private static boolean matchesWeekday(LocalDate date, String word) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow.toString().toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static DateReading read(int year, int month, int day, String raw) {
    return CalendarDays.of(year, month, day).map(d -> DateReading.ok(d, raw)).orElseGet(() -> DateReading.invalid(raw));
  }

  private static DateReading withRaw(DateReading r, String raw) {
    String problem = r.valid() ? r.problem() : "ignored '" + raw + "': not a real calendar date";
    return new DateReading(r.date(), raw.strip(), problem);
  }
}
