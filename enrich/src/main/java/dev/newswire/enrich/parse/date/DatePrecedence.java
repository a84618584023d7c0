package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fixed order in which the publication date of an article is chosen from the dates found for it.
 * The first source present wins; all others are kept beside it, and {@code datesDisagree} says when the
 * publication-date sources (every source except the capture time) name more than one day.
 * <p>
 * The principle: a date the publisher stamped on this very article beats the article's own dateline, which beats
 * dates that belong to the page or file holding it, which beat the time of our copy.
 * <ol>
 *   <li>{@link DateSource#FOOTER} - kcna.kp's publish stamp on the article: the site's own statement of the day.</li>
 *   <li>{@link DateSource#HEADER} - KCNA Watch's transcription of that stamp ({@code Date: DD/MM/YYYY}); normally
 *       equal to the footer, second because it is a copy.</li>
 *   <li>{@link DateSource#RODONG_HEADER} - the newspaper's issue date printed on the article.</li>
 *   <li>{@link DateSource#DATELINE} - the article's own day, with the year inferred from the page dates below
 *       (or the capture time). It yields to the stamps above because the news day can lie a day or two before
 *       the publication day, but it beats the page-level dates below, which describe the page holding
 *       possibly several articles, not the article.</li>
 *   <li>{@link DateSource#CALENDAR_LINE} - kcna.co.jp's date of the day page; checked against its Juche year.</li>
 *   <li>{@link DateSource#LIST} - the date a list page prints next to the item: the site's, but on another page.</li>
 *   <li>{@link DateSource#ADDRESS} - the filing date in the path; on kcna.co.jp often the day after the
 *       dateline, because the mirror posted a day later.</li>
 *   <li>{@link DateSource#CAPTURE_TIME} - when the copy was made. Never a publication date, except on layouts
 *       that print no date at all (the mid-2026 kcna.kp redesign), where it is the only evidence left and is
 *       recorded as such.</li>
 * </ol>
 * Dates inside the body (event dates, teaser dates, decoy script dates) are never candidates, and neither is a
 * date outside {@link PlausibleDates} (a footer saying 9999, a date after the capture): it stays among the
 * article's dates, with its source, and counts towards {@code datesDisagree}.
 */
public final class DatePrecedence {
  public static final List<DateSource> ORDER = List.of(
      DateSource.FOOTER, DateSource.HEADER, DateSource.RODONG_HEADER, DateSource.DATELINE,
      DateSource.CALENDAR_LINE, DateSource.LIST, DateSource.ADDRESS, DateSource.CAPTURE_TIME);

  private static final Comparator<FoundDate> BY_RANK = Comparator.comparingInt(f -> rank(f.source()));

  /** The chosen date (null when none may be chosen), its source and whether the sources disagree. */
  public record Choice(LocalDate date, DateSource source, boolean disagree) {
    public static final Choice NONE = new Choice(null, null, false);
  }

  private DatePrecedence() {
  }

  public static int rank(DateSource source) {
    return ORDER.indexOf(source);
  }

  /**
   * @param captureMayPublish whether this layout has no date of its own, so the capture time may stand in
   * @param plausible         the days a publication date can fall on
   */
  public static Choice choose(List<FoundDate> dates, boolean captureMayPublish, PlausibleDates plausible) {
    Optional<FoundDate> best = dates.stream()
        .filter(f -> captureMayPublish || f.source() != DateSource.CAPTURE_TIME)
        .filter(plausible::admits)
        .min(BY_RANK);
    if (best.isEmpty()) {
      return Choice.NONE;
    }
    long distinct = dates.stream()
        .filter(f -> f.source() != DateSource.CAPTURE_TIME)
        .map(FoundDate::date)
        .filter(Objects::nonNull)
        .distinct()
        .count();
    return new Choice(best.get().date(), best.get().source(), distinct > 1);
  }

  /** The best page date to resolve a dateline's year against: any plausible source but the dateline itself. */
  public static Optional<LocalDate> reference(List<FoundDate> dates, PlausibleDates plausible) {
    return dates.stream()
        .filter(f -> f.source() != DateSource.DATELINE)
        .filter(plausible::admits)
        .min(BY_RANK)
        .map(FoundDate::date);
  }
}
