package dev.newswire.app;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.enrich.EnrichService;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * Everything a local run needs, started under one data directory: a real Kafka broker, a real
 * registry, the enrich service and the sink. Closed in reverse order of start.
 */
final class LocalRuntime implements AutoCloseable {
  static final int PARTITIONS = 2;

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final KafkaSettings kafka;
  private EmbeddedRegistry registry;

  LocalRuntime(Path dataDir, int kafkaPort, int registryPort, SinkRunner.Factory sink) throws Exception {
    try {
      EmbeddedKafka broker = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, 0);
      started.push(broker);
      registry = EmbeddedRegistry.start(dataDir.resolve("registry"), registryPort);
      started.push(registry);
      kafka = new KafkaSettings(broker.bootstrapServers(), registry.url());
      try (Admin admin = Admin.create(kafka.clientConfig())) {
        TopicSetup.ensure(admin, List.of(Topics.RAW_PAGES, Topics.ARTICLES, Topics.TEASERS, Topics.PAGES_PARSED,
            Topics.DEAD_LETTERS), PARTITIONS, (short) 1);
      }
      EnrichService enrich = EnrichService.start(kafka, EnrichService.DEFAULT_APPLICATION_ID,
          dataDir.resolve("streams"), PARTITIONS, (short) 1);
      started.push(enrich);
      // The sink starts while Streams joins its group; pages ingested meanwhile simply wait in Kafka.
      started.push(sink.start(kafka));
      if (!enrich.awaitRunning(Duration.ofSeconds(120))) {
        throw new IllegalStateException("the enrich service did not start (state " + enrich.state() + ")");
      }
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  /** Saves the registry's schemas, so records already written stay readable after a hard stop. */
  void checkpoint() {
    registry.checkpoint();
  }

  KafkaSettings kafka() {
    return kafka;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(LocalRuntime.class).warn("while stopping: {}", e.getMessage());
      }
    }
  }
}
