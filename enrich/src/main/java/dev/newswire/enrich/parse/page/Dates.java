package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.date.DateReading;

import java.util.List;
import java.util.Optional;

/** Recording of date readings for the layout parsers: keep valid ones once, turn problems into warnings. */
public final class Dates {
  private Dates() {
  }

  public static void record(Optional<DateReading> reading, DateSource source, List<FoundDate> dates, List<String> warnings) {
    reading.ifPresent(r -> record(r, source, dates, warnings));
  }

  public static void record(DateReading reading, DateSource source, List<FoundDate> dates, List<String> warnings) {
    if (reading.problem() != null) {
      warnings.add(reading.problem());
    }
    if (reading.valid() && dates.stream().noneMatch(f -> f.source() == source && f.date().equals(reading.date()))) {
      dates.add(new FoundDate(reading.date(), source, reading.raw()));
    }
  }
}
