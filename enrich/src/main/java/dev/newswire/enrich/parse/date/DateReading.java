package dev.newswire.enrich.parse.date;

import java.time.LocalDate;

/**
 * The outcome of reading one date form: a date, or (when {@code date} is null) text that looked like a date but
 * names no real day. {@code problem} explains either the rejection or a doubt about an accepted date.
 */
public record DateReading(LocalDate date, String raw, String problem) {
  static DateReading ok(LocalDate date, String raw) {
    return new DateReading(date, raw, null);
  }

  static DateReading doubtful(LocalDate date, String raw, String problem) {
    return new DateReading(date, raw, problem);
  }

  static DateReading invalid(String raw) {
    return new DateReading(null, raw, "ignored '" + raw + "': not a real calendar date");
  }

  public boolean valid() {
    return date != null;
  }
}
