package dev.newswire.app;

import dev.newswire.sink.store.PagesSummary;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.sink.store.StoredArticle;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a local run stored, read back from the store itself. */
final class RunSummary {
  private static final int LIST_AT_MOST = 10;
  /** Teasers of up to this many dates are listed date by date; more are summed up with the busiest dates. */
  private static final int DATES_AT_MOST = 5;

  private RunSummary() {}

  static void print(PrintWriter out, List<CompletionWatch.Outcome> outcomes, Store store, String storeLocation,
      long elapsedMillis) {
    long parsed = outcomes.stream().filter(o -> o.stored()).count();
    long dead = outcomes.size() - parsed;
    out.printf("newswire: %d %s ingested, %d parsed, %d dead-lettered, in %.1f s%n", outcomes.size(),
        outcomes.size() == 1 ? "page" : "pages", parsed, dead, elapsedMillis / 1000.0);
    PagesSummary stored = store.summarize(outcomes.stream().filter(o -> o.stored())
        .map(CompletionWatch.Outcome::address).toList(), LIST_AT_MOST);
    // A news item captured on several of the pages is one article with several sightings.
    out.printf("  articles stored: %d%s%n", stored.articles(), stored.articleSightings() == stored.articles() ? ""
        : " (" + stored.articleSightings() + " captures)");
    for (StoredArticle a : stored.firstArticles()) {
      out.printf("    %s (%s)  %s  %s%n", orDash(a.published()),
          a.publishedSource() == null ? "no date on the page" : a.publishedSource().toLowerCase(),
          orDash(a.datelinePlace()), headline(a.title(), a.body()));
    }
    if (stored.articles() > LIST_AT_MOST) {
      out.printf("    ... and %d more%n", stored.articles() - LIST_AT_MOST);
    }
    int teasers = stored.teasers();
    out.printf("  teasers stored: %d%s, seen %d %s on these pages%n", teasers, teasers == 0 ? "" : byDate(stored),
        stored.sightings(), stored.sightings() == 1 ? "time" : "times");
    outcomes.stream().filter(o -> !o.stored()).limit(LIST_AT_MOST)
        .forEach(o -> out.printf("  dead letter: %s  %s%n", o.address(), o.deadLetterReason()));
    StoreCounts total = store.counts();
    out.printf("  store: %s (in all: %d pages, %d articles seen %d times, %d teasers, %d sightings, %d teasers linked"
        + " to their article)%n", storeLocation, total.pages(), total.articles(), total.articleSightings(), total.teasers(),
        total.sightings(), total.linkedTeasers());
    out.flush();
  }

  /** Each date's teasers, or for many dates their number, range and the busiest few. */
  private static String byDate(PagesSummary stored) {
    Map<LocalDate, Integer> dates = stored.teasersByDate();
    if (dates.size() <= DATES_AT_MOST) {
      return " (" + String.join(", ", dates.entrySet().stream().map(RunSummary::dateCount).toList()) + ")";
    }
    List<LocalDate> known = dates.keySet().stream().filter(Objects::nonNull).sorted().toList();
    String range = known.isEmpty() ? "" : " from " + known.get(0) + " to " + known.get(known.size() - 1);
    String undated = dates.containsKey(null) ? ", " + dates.get(null) + " undated" : "";
    List<String> busiest = dates.entrySet().stream().filter(e -> e.getKey() != null)
        .sorted(Map.Entry.<LocalDate, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(DATES_AT_MOST).map(RunSummary::dateCount).toList();
    return " (" + known.size() + " dates" + range + undated + "; busiest " + String.join(", ", busiest) + ")";
  }

  private static String dateCount(Map.Entry<LocalDate, Integer> e) {
    return orDash(e.getKey()) + ": " + e.getValue();
  }

  private static String headline(String title, String body) {
    String text = title != null && !title.isBlank() ? title : body == null ? "" : body;
    text = text.replaceAll("\\s+", " ").trim();
    return "\"" + (text.length() > 90 ? text.substring(0, 89) + "…" : text) + "\"";
  }

  private static String orDash(Object value) {
    return Objects.toString(value, "-");
  }
}
