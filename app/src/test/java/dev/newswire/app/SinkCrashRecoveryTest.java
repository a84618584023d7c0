package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.enrich.EnrichService;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.PagePublisher;
import dev.newswire.ingest.Progress;
import dev.newswire.ingest.source.FileSource;
import dev.newswire.schemas.KafkaSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import dev.newswire.testkit.GeneratedPages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand generated pages through the real pipeline (ingest, exactly-once enrich, a real broker
 * and registry); the sink runs as its own process, as deployed, and is killed with SIGKILL while it
 * writes. After a restart the store holds exactly the expected rows: no gap, no duplicate.
 */
class SinkCrashRecoveryTest {
  static final int PAGES = 1000;
  @TempDir Path dir;

  @Test
  void aSinkKilledMidRunResumesWithNoGapAndNoDuplicate() throws Exception {
    GeneratedPages generated = new GeneratedPages(PAGES);
    generated.writeTo(dir.resolve("pages"));
    long expectedTeasers = generated.distinctTeasers();
    long expectedSightings = generated.sightings();
    String jdbc = "jdbc:sqlite:" + dir.resolve("store.db");

    try (EmbeddedKafka broker = EmbeddedKafka.start(dir.resolve("kafka"));
         EmbeddedRegistry registry = EmbeddedRegistry.start(dir.resolve("registry"))) {
      KafkaSettings kafka = new KafkaSettings(broker.bootstrapServers(), registry.url());
      try (EnrichService enrich = EnrichService.start(kafka, "crash-test-enrich", dir.resolve("streams"), 2, (short) 1,
          new SimpleMeterRegistry())) {
        Process first = startSink(kafka, jdbc, dir.resolve("sink-1.log"));
        IngestSummary ingested;
        try (PagePublisher publisher = new PagePublisher(kafka, kafka.topics().rawPages(), kafka.topics().deadLetters(),
            Clock.systemUTC(), Progress.quiet())) {
          ingested = publisher.publish(FileSource.of(List.of(dir.resolve("pages").toString()), null, null,
              kafka.maxPageBytes()));
        }
        assertThat(ingested.published()).isEqualTo(PAGES);

        Processes.waitFor(Duration.ofSeconds(180), () -> count(jdbc, "SELECT COUNT(*) FROM teaser_sightings") > 1000);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long atKill = count(jdbc, "SELECT COUNT(*) FROM teaser_sightings");
        assertThat(atKill).as("the sink was killed mid-run").isBetween(1L, expectedSightings - 1);
        System.out.printf("sink killed with %d of %d sightings stored (%d teasers, %d pages expected)%n",
            atKill, expectedSightings, expectedTeasers, PAGES);

        Process second = startSink(kafka, jdbc, dir.resolve("sink-2.log"));
        try {
          Processes.waitFor(Duration.ofSeconds(240), () -> count(jdbc, "SELECT COUNT(*) FROM articles") == PAGES
              && count(jdbc, "SELECT COUNT(*) FROM teaser_sightings") == expectedSightings);
          Thread.sleep(2000); // anything still to come would show now
        } finally {
          second.destroy();
          second.waitFor(30, TimeUnit.SECONDS);
        }
      }
    }
    assertThat(count(jdbc, "SELECT COUNT(*) FROM pages")).isEqualTo(PAGES);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM articles")).isEqualTo(PAGES);
    assertThat(count(jdbc, "SELECT COUNT(DISTINCT page_address) FROM articles")).isEqualTo(PAGES);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM articles WHERE published IS NULL")).isZero();
    assertThat(count(jdbc, "SELECT COUNT(*) FROM teasers")).isEqualTo(expectedTeasers);
    assertThat(count(jdbc, "SELECT COUNT(*) FROM teaser_sightings")).isEqualTo(expectedSightings);
    // Every teaser announces a generated page, so every one ends linked to its article.
    assertThat(count(jdbc, "SELECT COUNT(*) FROM teasers WHERE article_id IS NOT NULL")).isEqualTo(expectedTeasers);
  }

  private static Process startSink(KafkaSettings kafka, String jdbc, Path log) throws Exception {
    return Processes.newswire(log, "sink", "--bootstrap-servers", kafka.bootstrapServers(),
        "--registry-url", kafka.registryUrl(), "--jdbc-url", jdbc, "--batch-size", "20");
  }

  private static long count(String jdbc, String sql) {
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1; // the store is not created yet, or busy for a moment
    }
  }

}
