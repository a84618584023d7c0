package dev.newswire.enrich.parse.date;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Juche calendar as KCNA prints it: Juche 1 is 1912 (the year Kim Il Sung was born), months and days are
 * Gregorian. KCNA writes dates as {@code Juche112.12.4.}: no zero padding, trailing dot.
 */
public final class JucheDate {
  /** Gregorian year = Juche year + OFFSET. */
  public static final int OFFSET = 1911;

  // Tolerant of spacing and padding because reprints and list pages vary; the trailing dot is optional.
  private static final Pattern FORM = Pattern.compile(
      "(?i)Juche\\s*+(\\d{1,3})\\s*+\\.\\s*+(\\d{1,2})\\s*+\\.\\s*+(\\d{1,2})\\s*+\\.?");

  private JucheDate() {
  }

  public static int toGregorianYear(int jucheYear) {
    if (jucheYear < 1) {
      throw new IllegalArgumentException("Juche years start at 1, got " + jucheYear);
    }
    return jucheYear + OFFSET;
  }

  public static int toJucheYear(int gregorianYear) {
    if (gregorianYear <= OFFSET) {
      throw new IllegalArgumentException("no Juche year before 1912, got " + gregorianYear);
    }
    return gregorianYear - OFFSET;
  }

  /** The KCNA footer form, e.g. {@code Juche112.12.4.} for 4 December 2023. */
  public static String format(LocalDate date) {
    return "Juche" + toJucheYear(date.getYear()) + "." + date.getMonthValue() + "." + date.getDayOfMonth() + ".";
  }

  /** Reads the first {@code JucheY.M.D.} in the text; empty when absent or not a real calendar day. */
  public static Optional<LocalDate> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int juche = Integer.parseInt(m.group(1));
    if (juche < 1) {
      return Optional.empty();
    }
    return CalendarDays.of(toGregorianYear(juche), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
