package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days an article's publication date can fall on. None before 1 November 1945, the first issue of Rodong
 * Sinmun, the oldest publisher read here (KCNA dates from December 1946). None more than two days after the
 * copy was captured: the earliest capture date known (the capture time given with the page, or a capture line
 * printed on it) plus two days, because Pyongyang (UTC+9) is a day ahead of the US date on a KCNA Watch capture
 * line and a capture time may be read as either day; with no capture date, two days after today. A date
 * outside is kept with its source but never chosen, and the article's warnings say why.
 *
 * @param earliest the first plausible day
 * @param latest   the last plausible day
 * @param bound    what the last day is counted from, for warnings ({@code the capture date 2024-01-05})
 */
public record PlausibleDates(LocalDate earliest, LocalDate latest, String bound) {
  public static final LocalDate FIRST_ISSUE = LocalDate.of(1945, 11, 1);
  public static final int CAPTURE_LEEWAY_DAYS = 2;

  /**
   * @param dates       the dates found for the article; capture lines among them bound it too
   * @param captureDate when the page was captured (Pyongyang calendar), or null
   * @param today       today in Pyongyang, the bound when nothing tells when the page was captured
   */
  public static PlausibleDates around(List<FoundDate> dates, LocalDate captureDate, LocalDate today) {
    return Stream.concat(Stream.ofNullable(captureDate),
            dates.stream().filter(f -> f.source() == DateSource.CAPTURE_TIME).map(FoundDate::date))
        .filter(d -> !d.isBefore(FIRST_ISSUE))
        .min(Comparator.naturalOrder())
        .map(d -> new PlausibleDates(FIRST_ISSUE, d.plusDays(CAPTURE_LEEWAY_DAYS), "the capture date " + d))
        .orElseGet(() -> new PlausibleDates(FIRST_ISSUE, today.plusDays(CAPTURE_LEEWAY_DAYS), "today, " + today));
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest) && !date.isAfter(latest);
  }

  /** Whether the found date may be a publication date; capture times are judged by their own rule. */
  public boolean admits(FoundDate found) {
    return found.source() == DateSource.CAPTURE_TIME || contains(found.date());
  }

  /** The warning for a found date that is not admitted. */
  public String problem(FoundDate found) {
    String when = found.date().isBefore(earliest) ? "before " + earliest + ", when none of these publishers existed"
        : "more than " + CAPTURE_LEEWAY_DAYS + " days after " + bound;
    return "not taken as the publication date: " + found.source() + " " + found.date() + " ('" + found.raw()
        + "') is " + when;
  }
}
