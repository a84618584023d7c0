package dev.newswire.app;

import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/** What a local run stored, read back from the store itself. */
final class RunSummary {
  private static final int LIST_AT_MOST = 10;

  private RunSummary() {}

  static void print(PrintWriter out, List<CompletionWatch.Outcome> outcomes, Store store, String storeLocation,
      long elapsedMillis) throws SQLException {
    long parsed = outcomes.stream().filter(o -> o.parsed() != null).count();
    long dead = outcomes.size() - parsed;
    out.printf("newswire: %d %s ingested, %d parsed, %d dead-lettered, in %.1f s%n", outcomes.size(),
        outcomes.size() == 1 ? "page" : "pages", parsed, dead, elapsedMillis / 1000.0);
    int articles = 0;
    Map<String, Set<String>> teasersByDate = new TreeMap<>(java.util.Comparator.reverseOrder());
    long sightings = 0;
    StringBuilder listing = new StringBuilder();
    try (Connection c = store.dataSource().getConnection()) {
      for (CompletionWatch.Outcome outcome : outcomes) {
        if (outcome.parsed() == null) {
          continue;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT published, published_source, dateline_place, title, body"
            + " FROM articles WHERE page_address = ? ORDER BY index_on_page")) {
          s.setString(1, outcome.address());
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              if (++articles <= LIST_AT_MOST) {
                listing.append(String.format("    %s (%s)  %s  %s%n", orDash(rs.getString(1)),
                    rs.getString(2) == null ? "no date on the page" : rs.getString(2).toLowerCase(),
                    orDash(rs.getString(3)), headline(rs.getString(4), rs.getString(5))));
              }
            }
          }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT t.date, t.id FROM teasers t"
            + " JOIN teaser_sightings v ON v.teaser_id = t.id WHERE v.page_address = ?")) {
          s.setString(1, outcome.address());
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              teasersByDate.computeIfAbsent(orDash(rs.getString(1)), d -> new HashSet<>()).add(rs.getString(2));
              sightings++;
            }
          }
        }
      }
    }
    out.printf("  articles stored: %d%n", articles);
    out.print(listing);
    if (articles > LIST_AT_MOST) {
      out.printf("    ... and %d more%n", articles - LIST_AT_MOST);
    }
    int teasers = teasersByDate.values().stream().mapToInt(Set::size).sum();
    out.printf("  teasers stored: %d%s, seen %d %s on these pages%n", teasers, teasers == 0 ? "" : " (" + String.join(", ",
        teasersByDate.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().size()).toList()) + ")",
        sightings, sightings == 1 ? "time" : "times");
    outcomes.stream().filter(o -> o.parsed() == null).limit(LIST_AT_MOST)
        .forEach(o -> out.printf("  dead letter: %s  %s%n", o.address(), o.deadLetterReason()));
    StoreCounts total = store.counts();
    out.printf("  store: %s (in all: %d pages, %d articles, %d teasers, %d sightings, %d teasers linked to their article)%n",
        storeLocation, total.pages(), total.articles(), total.teasers(), total.sightings(), total.linkedTeasers());
    out.flush();
  }

  private static String headline(String title, String body) {
    String text = title != null && !title.isBlank() ? title : body == null ? "" : body;
    text = text.replaceAll("\\s+", " ").trim();
    return "\"" + (text.length() > 90 ? text.substring(0, 89) + "…" : text) + "\"";
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
