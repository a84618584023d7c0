package dev.newswire.app;

import dev.newswire.sink.store.PagesSummary;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.sink.store.StoredArticle;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/** What a local run stored, read back from the store itself. */
final class RunSummary {
  private static final int LIST_AT_MOST = 10;

  private RunSummary() {}

  static void print(PrintWriter out, List<CompletionWatch.Outcome> outcomes, Store store, String storeLocation,
      long elapsedMillis) {
    long parsed = outcomes.stream().filter(o -> o.parsed() != null).count();
    long dead = outcomes.size() - parsed;
    out.printf("newswire: %d %s ingested, %d parsed, %d dead-lettered, in %.1f s%n", outcomes.size(),
        outcomes.size() == 1 ? "page" : "pages", parsed, dead, elapsedMillis / 1000.0);
    PagesSummary stored = store.summarize(outcomes.stream().filter(o -> o.parsed() != null)
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
    out.printf("  teasers stored: %d%s, seen %d %s on these pages%n", teasers, teasers == 0 ? "" : " (" + String.join(", ",
        stored.teasersByDate().entrySet().stream().map(e -> orDash(e.getKey()) + ": " + e.getValue()).toList()) + ")",
        stored.sightings(), stored.sightings() == 1 ? "time" : "times");
    outcomes.stream().filter(o -> o.parsed() == null).limit(LIST_AT_MOST)
        .forEach(o -> out.printf("  dead letter: %s  %s%n", o.address(), o.deadLetterReason()));
    StoreCounts total = store.counts();
    out.printf("  store: %s (in all: %d pages, %d articles seen %d times, %d teasers, %d sightings, %d teasers linked"
        + " to their article)%n", storeLocation, total.pages(), total.articles(), total.articleSightings(), total.teasers(),
        total.sightings(), total.linkedTeasers());
    out.flush();
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
