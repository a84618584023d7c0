package dev.newswire.enrich.parse.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The one place a year/month/day triple becomes a date, so that no invalid day (30 February) ever escapes. */
public final class CalendarDays {
  private CalendarDays() {
  }

  public static Optional<LocalDate> of(int year, int month, int day) {
    // Four-digit years only: anything else is a misread, not a date KCNA could have printed.
    if (year < 1000 || year > 9999) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
