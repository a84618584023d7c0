package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.date.DatePrecedence;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.date.PlausibleDates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a layout parser found (title, paragraphs, page dates) into an article: reads the dateline, gives it
 * a year from the best page date (else the capture date), and applies {@link DatePrecedence}. Every layout goes
 * through here so the date rules exist once.
 */
public final class ArticleAssembler {
  private static final ZoneId PYONGYANG = ZoneId.of("Asia/Pyongyang");
  /** Datelines sit in the first paragraph; a subtitle or byline may push them down a little. */
  private static final int DATELINE_SEARCH_PARAGRAPHS = 3;

  private ArticleAssembler() {
  }

  /**
   * @param pageDates         dates read from the page outside the body (footer, header, address...)
   * @param captureDate       when the page was captured (Pyongyang calendar), or null
   * @param captureMayPublish true only for layouts that print no date, where the capture time may stand in
   * @param warnings          warnings already collected for this article
   */
  public static ParsedArticle assemble(String title, List<String> paragraphs, List<FoundDate> pageDates,
                     LocalDate captureDate, boolean captureMayPublish, List<String> warnings) {
    return assemble(title, paragraphs, pageDates, null, captureDate, captureMayPublish, warnings);
  }

  /**
   * As above, with a day that is no publication date but still tells the dateline's year (Uriminzokkiri's
   * display date, the day KCNA Watch made its copy); it ranks after the page dates and before the capture date,
   * whether that is given with the page or printed on it (a KCNA Watch capture line).
   */
  public static ParsedArticle assemble(String title, List<String> paragraphs, List<FoundDate> pageDates,
                     LocalDate yearHint, LocalDate captureDate, boolean captureMayPublish,
                     List<String> warnings) {
    List<FoundDate> dates = new ArrayList<>(pageDates);
    List<String> notes = new ArrayList<>(warnings);
    PlausibleDates plausible = PlausibleDates.around(dates, captureDate, LocalDate.now(PYONGYANG));
    Optional<Dateline> dateline = findDateline(paragraphs);
    LocalDate datelineDate = null;
    if (dateline.isPresent()) {
      // Page dates first, then the year hint, then the capture: a capture line printed on the page ranks with the
      // capture time, after the hint, because a copy can be made years after the item.
      Optional<LocalDate> reference = DatePrecedence.reference(
          dates.stream().filter(f -> f.source() != DateSource.CAPTURE_TIME).toList(), plausible);
      if (reference.isEmpty() && yearHint != null) {
        reference = Optional.of(yearHint);
      }
      if (reference.isEmpty()) {
        reference = DatePrecedence.reference(dates, plausible);
      }
      if (reference.isEmpty() && captureDate != null) {
        reference = Optional.of(captureDate);
      }
      if (reference.isEmpty()) {
        notes.add("dateline '" + dateline.get().raw() + "' has no year and the page gives no date to take it from");
      } else {
        Optional<LocalDate> resolved = dateline.get().resolve(reference.get());
        if (resolved.isPresent()) {
          datelineDate = resolved.get();
          dates.add(new FoundDate(datelineDate, DateSource.DATELINE, dateline.get().raw()));
        } else {
          notes.add("ignored dateline '" + dateline.get().raw() + "': not a real calendar date");
        }
      }
    }
    if (captureMayPublish && captureDate != null
        && dates.stream().noneMatch(f -> f.source() == DateSource.CAPTURE_TIME)) {
      dates.add(new FoundDate(captureDate, DateSource.CAPTURE_TIME, "capture date"));
    }
    dates.stream().filter(f -> !plausible.admits(f)).forEach(f -> notes.add(plausible.problem(f)));
    DatePrecedence.Choice choice = DatePrecedence.choose(dates, captureMayPublish, plausible);
    if (choice.disagree()) {
      notes.add("publication-date sources disagree: " + describe(dates));
    }
    dates.sort((a, b) -> Integer.compare(DatePrecedence.rank(a.source()), DatePrecedence.rank(b.source())));
    return new ParsedArticle(title, choice.date(), choice.source(), choice.disagree(), dates,
        dateline.map(Dateline::place).orElse(null), datelineDate, paragraphs, notes);
  }

  static Optional<Dateline> findDateline(List<String> paragraphs) {
    for (int i = 0; i < Math.min(DATELINE_SEARCH_PARAGRAPHS, paragraphs.size()); i++) {
      Optional<Dateline> found = Dateline.find(paragraphs.get(i));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static String describe(List<FoundDate> dates) {
    StringBuilder out = new StringBuilder();
    for (FoundDate f : dates) {
      if (f.source() == DateSource.CAPTURE_TIME) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append(", ");
      }
      out.append(f.source()).append('=').append(f.date());
    }
    return out.toString();
  }
}
