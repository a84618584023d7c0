package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as the README runs it: a real KRaft broker and a real Apicurio registry
 * started by {@code run}, the page through ingest, enrich and sink, into a SQLite file.
 */
class PipelineEndToEndTest {
  @TempDir Path data;

  @Test
  void theSamplePageLandsInTheStoreAndASecondRunChangesNothing() throws Exception {
    CliTest.Result first = CliTest.run("run", CliTest.SAMPLE.toString(), "--data-dir", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("1 page ingested, 1 parsed, 0 dead-lettered", "articles stored: 1",
        "2023-12-04 (footer)", "teasers stored: 20 (2026-02-14: 8, 2026-02-13: 11, 2026-02-12: 1)");
    Snapshot before = Snapshot.of(data.resolve("newswire.db"));
    assertThat(before.articles).singleElement().satisfies(a -> assertThat(a).contains("2023-12-04|FOOTER|Pyongyang"));
    assertThat(before.teasersByDate).containsExactly(Map.entry("2026-02-12", 1), Map.entry("2026-02-13", 11),
        Map.entry("2026-02-14", 8));
    assertThat(before.sightings).isEqualTo(20);

    CliTest.Result found = CliTest.run("search", "technical", "innovation", "--data-dir", data.toString());
    assertThat(found.exit()).isZero();
    assertThat(found.out().lines()).singleElement().satisfies(line ->
        assertThat(line).startsWith("2023-12-04  ").endsWith("kcna-watch-2023-12-04.txt"));
    CliTest.Result outOfRange = CliTest.run("search", "innovation", "--to", "2023-12-03", "--data-dir", data.toString());
    assertThat(outOfRange.out()).isEmpty();

    // The same page again, through a restarted broker and registry that keep their history.
    CliTest.Result second = CliTest.run("run", CliTest.SAMPLE.toString(), "--data-dir", data.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(Snapshot.of(data.resolve("newswire.db"))).isEqualTo(before);

    // A store written by an older parser: a wrong date and an older version. A replay through this
    // version's parser converges on its results.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("newswire.db"));
         Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE articles SET published = '1999-01-01', published_source = 'DATELINE'");
      s.executeUpdate("UPDATE pages SET parser_version = '0.0.1'");
    }
    CliTest.Result replayed = CliTest.run("run", "--replay", "--data-dir", data.toString());
    assertThat(replayed.exit()).as(replayed.err()).isZero();
    assertThat(replayed.out()).contains("1 parsed", "2023-12-04 (footer)");
    assertThat(Snapshot.of(data.resolve("newswire.db"))).isEqualTo(before);
  }

  @Test
  void aBrokenPageIsDeadLetteredAndTheOthersStillArrive() throws Exception {
    Path pages = Files.createDirectories(data.resolve("pages"));
    Files.copy(CliTest.SAMPLE, pages.resolve("good.txt"));
    Files.writeString(pages.resolve("broken.txt"), "this is not a news page of any layout");

    CliTest.Result r = CliTest.run("run", pages.toString(), "--data-dir", data.resolve("d").toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(4);
    assertThat(r.out()).contains("2 pages ingested, 1 parsed, 1 dead-lettered", "dead letter: ", "broken.txt",
        "articles stored: 1", "teasers stored: 20");
    assertThat(Snapshot.of(data.resolve("d/newswire.db")).articles).hasSize(1);
  }

  /** The rows a user would query, in a comparable form. */
  record Snapshot(List<String> articles, Map<String, Integer> teasersByDate, List<String> teaserIds, long sightings) {
    static Snapshot of(Path db) throws SQLException {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
        List<String> articles = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT id, published, published_source, dateline_place, body FROM articles ORDER BY id")) {
          while (rs.next()) {
            articles.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                + "|" + rs.getString(5).length());
          }
        }
        Map<String, Integer> byDate = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT date, COUNT(*) FROM teasers GROUP BY date ORDER BY date")) {
          while (rs.next()) {
            byDate.put(rs.getString(1), rs.getInt(2));
          }
        }
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT id FROM teasers ORDER BY id")) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
        long sightings;
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM teaser_sightings")) {
          rs.next();
          sightings = rs.getLong(1);
        }
        return new Snapshot(articles, byDate, ids, sightings);
      }
    }
  }
}
