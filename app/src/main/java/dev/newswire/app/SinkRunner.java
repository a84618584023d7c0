package dev.newswire.app;

import dev.newswire.app.health.PeriodicProbe;
import dev.newswire.app.health.Probe;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.SinkService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink service on a thread of its own, stopped and joined on close, with its health probes. */
final class SinkRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SinkRunner.class);

  /** Starts a sink against a cluster once the cluster is known. */
  interface Factory {
    SinkRunner start(KafkaSettings kafka);
  }

  private final SinkService service;
  private final Thread thread;
  private final PeriodicProbe database;
  private volatile Throwable failure;

  /** @param onEnd run when the sink stops, whether closed or failed */
  SinkRunner(SinkConfig config, MeterRegistry registry, Runnable onEnd) {
    this.service = new SinkService(config, registry);
    // Cached for a second: readiness checks come often, and a database away takes a timeout to tell.
    this.database = new PeriodicProbe("the database", service::storeAnswers, Duration.ofSeconds(1),
        Duration.ofSeconds(5));
    this.thread = new Thread(() -> {
      try {
        service.run();
      } catch (RuntimeException | Error e) {
        failure = e;
        log.error("sink failed: {}", Errors.describe(e));
        log.debug("sink failure", e);
      } finally {
        onEnd.run();
      }
    }, "newswire-sink");
    thread.start();
  }

  static Factory factory(String jdbcUrl, String user, String password, MeterRegistry registry) {
    return kafka -> new SinkRunner(new SinkConfig(kafka.bootstrapServers(), kafka.registryUrl(),
        jdbcUrl, user, password, SinkConfig.DEFAULT_GROUP_ID, SinkConfig.DEFAULT_BATCH_SIZE,
        SinkConfig.DEFAULT_POLL_TIMEOUT, kafka.extra(), kafka.maxPageBytes()), registry, () -> {});
  }

  /** Live while the sink's thread runs. */
  Probe live() {
    return () -> thread.isAlive() ? null
        : failure == null ? "sink stopped" : "sink failed: " + Errors.describe(failure);
  }

  /** Ready while the consumer is in its group and polling, and the database answers. */
  Probe ready() {
    return Probe.all(() -> service.consuming() ? null : "sink consumer not in its group or not polling", database);
  }

  /** Whether the sink has stored every committed record before these offsets (see {@link SinkService#storedUpTo}). */
  boolean storedUpTo(Map<TopicPartition, Long> ends) {
    return service.storedUpTo(ends);
  }

  /** Why the sink stopped on its own; null if it did not fail. */
  Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    database.close();
    service.close();
    thread.join(TimeUnit.SECONDS.toMillis(30));
  }
}
