package dev.newswire.sink.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article a user sees, from all its captures, the same whatever order they arrived in:
 * <ul>
 *   <li>the body, title, dateline and page of the most complete capture: the body with the most letters
 *       and digits (spacing and punctuation do not count); among equal ones the capture whose date
 *       source ranks first, then the one with more words (glued names are the worse copy), then the
 *       lowest capture id, so the choice never depends on arrival order;</li>
 *   <li>the publication date of the most authoritative source any capture has ({@link #SOURCE_ORDER});
 *       between captures whose chosen dates share a source, the more complete capture's;</li>
 *   <li>every capture's dates kept (each distinct date, source and raw text once), and
 *       {@code dates_disagree} set when any capture's own dates disagree or the dates of all captures
 *       together (capture times aside) name more than one day.</li>
 * </ul>
 */
public final class BestVersion {
  /**
   * The order of enrich's {@code DatePrecedence}, by name (the sink does not depend on the parser);
   * {@code SourceOrderTest} in the app module checks that the two agree.
   */
  public static final List<String> SOURCE_ORDER = List.of("FOOTER", "HEADER", "RODONG_HEADER", "DATELINE", "CALENDAR_LINE",
      "LIST", "ADDRESS", "CAPTURE_TIME");

  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Comparator<ArticleSighting> MOST_COMPLETE_FIRST =
      Comparator.<ArticleSighting>comparingLong(s -> -s.body().codePoints().filter(Character::isLetterOrDigit).count())
          .thenComparingInt(s -> rank(s.publishedSource()))
          .thenComparingInt(s -> -WORDS.split(s.body().strip()).length)
          .thenComparing(ArticleSighting::captureId);

  private BestVersion() {}

  static int rank(String source) {
    int rank = source == null ? -1 : SOURCE_ORDER.indexOf(source);
    return rank < 0 ? SOURCE_ORDER.size() : rank;
  }

  /** The article row of these sightings (at least one, all of one article). */
  static ArticleSighting of(List<ArticleSighting> sightings) {
    List<ArticleSighting> ordered = new ArrayList<>(sightings);
    ordered.sort(MOST_COMPLETE_FIRST);
    ArticleSighting best = ordered.get(0);
    ArticleSighting dated = ordered.stream().filter(s -> s.published() != null)
        .min(Comparator.comparingInt((ArticleSighting s) -> rank(s.publishedSource()))
            .thenComparing(MOST_COMPLETE_FIRST))
        .orElse(best);
    Set<Map<String, String>> dates = new LinkedHashSet<>();
    ordered.forEach(s -> dates.addAll(s.dates()));
    boolean disagree = ordered.stream().anyMatch(ArticleSighting::datesDisagree)
        || dates.stream().filter(d -> !"CAPTURE_TIME".equals(d.get("source"))).map(d -> d.get("date"))
            .filter(Objects::nonNull).distinct().count() > 1;
    String title = ordered.stream().map(ArticleSighting::title).filter(Objects::nonNull).findFirst().orElse(null);
    String place = best.datelinePlace() != null ? best.datelinePlace()
        : ordered.stream().map(ArticleSighting::datelinePlace).filter(Objects::nonNull).findFirst().orElse(null);
    String datelineDate = best.datelineDate() != null ? best.datelineDate()
        : ordered.stream().map(ArticleSighting::datelineDate).filter(Objects::nonNull).findFirst().orElse(null);
    return new ArticleSighting(best.captureId(), best.articleId(), best.pageAddress(), best.indexOnPage(),
        best.parserVersion(), best.parseKey(), title, dated.published(), dated.publishedSource(), disagree,
        List.copyOf(dates), place, datelineDate, best.body(), best.warnings());
  }
}
