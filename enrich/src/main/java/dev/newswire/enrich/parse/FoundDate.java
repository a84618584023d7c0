package dev.newswire.enrich.parse;

import java.time.LocalDate;

/** A date read from a page, with where it came from and the text it was read from. */
public record FoundDate(LocalDate date, DateSource source, String raw) {
  public FoundDate {
    if (date == null || source == null) {
      throw new IllegalArgumentException("date and source are required");
    }
  }
}
