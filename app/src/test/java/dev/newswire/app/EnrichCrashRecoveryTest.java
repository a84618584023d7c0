package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.schemas.Topics;
import java.nio.file.Path;
import dev.newswire.testkit.GeneratedPages;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once enrich, shown under a crash: the enrich service runs as its own process (as deployed)
 * and is killed with SIGKILL mid-run. After a restart, a read-committed consumer finds exactly one
 * article event per page and one teaser event per sighting: nothing lost, nothing doubled.
 */
class EnrichCrashRecoveryTest {
  static final int PAGES = 1000;
  @TempDir Path dir;

  @Test
  void anEnrichKilledMidRunEmitsEveryEventExactlyOnce() throws Exception {
    GeneratedPages generated = new GeneratedPages(PAGES);
    generated.writeTo(dir.resolve("pages"));

    try (EmbeddedKafka broker = EmbeddedKafka.start(dir.resolve("kafka"));
         EmbeddedRegistry registry = EmbeddedRegistry.start(dir.resolve("registry"))) {
      CliTest.Result ingested = CliTest.run("ingest", dir.resolve("pages").toString(),
          "--bootstrap-servers", broker.bootstrapServers(), "--registry-url", registry.url());
      assertThat(ingested.exit()).as(ingested.err()).isZero();
      assertThat(ingested.err()).contains("1,000 pages published");

      Process first = startEnrich(broker, registry, dir.resolve("enrich-1.log"));
      Processes.waitFor(Duration.ofSeconds(180), () -> committed(broker, Topics.ARTICLES).size() > 50);
      first.destroyForcibly();
      assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
      int atKill = committed(broker, Topics.ARTICLES).size();
      assertThat(atKill).as("enrich was killed mid-run").isBetween(1, PAGES - 1);
      System.out.printf("enrich killed with %d of %d pages' articles committed%n", atKill, PAGES);

      Process second = startEnrich(broker, registry, dir.resolve("enrich-2.log"));
      try {
        Processes.waitFor(Duration.ofSeconds(240), () -> committed(broker, Topics.PAGES_PARSED).size() >= PAGES);
        Thread.sleep(2000); // anything doubled would show now
      } finally {
        second.destroy();
        second.waitFor(30, TimeUnit.SECONDS);
      }

      Map<String, Integer> articles = committed(broker, Topics.ARTICLES);
      assertThat(articles).hasSize(PAGES);
      assertThat(articles.values()).allMatch(n -> n == 1);
      Map<String, Integer> summaries = committed(broker, Topics.PAGES_PARSED);
      assertThat(summaries).hasSize(PAGES);
      assertThat(summaries.values()).allMatch(n -> n == 1);
      long teaserEvents = committed(broker, Topics.TEASERS).values().stream().mapToLong(Integer::longValue).sum();
      assertThat(teaserEvents).isEqualTo(generated.sightings());
      assertThat(committed(broker, Topics.DEAD_LETTERS)).isEmpty();
    }
  }

  private static Process startEnrich(EmbeddedKafka broker, EmbeddedRegistry registry, Path log) throws Exception {
    return Processes.newswire(log, "enrich", "--bootstrap-servers", broker.bootstrapServers(),
        "--registry-url", registry.url(), "--state-dir", log.getParent().resolve("streams").toString(),
        // A killed member's partitions move on after this, not after the 45 s default.
        "--kafka-property", "session.timeout.ms=10000");
  }

  /** How many committed records each key has in the topic (read_committed: aborted writes do not count). */
  private static Map<String, Integer> committed(EmbeddedKafka broker, String topic) {
    Properties props = new Properties();
    props.put("bootstrap.servers", broker.bootstrapServers());
    props.put("isolation.level", "read_committed");
    Map<String, Integer> counts = new HashMap<>();
    try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> counts.merge(r.key(), 1, Integer::sum));
      }
    }
    return counts;
  }

}
