package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.SinkService;
import java.util.concurrent.TimeUnit;

/** The sink service on a thread of its own, stopped and joined on close. */
final class SinkRunner implements AutoCloseable {
  /** Starts a sink against a cluster once the cluster is known. */
  interface Factory {
    AutoCloseable start(KafkaSettings kafka);
  }

  private final SinkService service;
  private final Thread thread;

  SinkRunner(SinkConfig config) {
    this(new SinkService(config));
  }

  private SinkRunner(SinkService service) {
    this.service = service;
    this.thread = new Thread(service, "newswire-sink");
    thread.start();
  }

  static Factory factory(String jdbcUrl, String user, String password) {
    return kafka -> new SinkRunner(new SinkService(new SinkConfig(kafka.bootstrapServers(), kafka.registryUrl(),
        jdbcUrl, user, password, SinkConfig.DEFAULT_GROUP_ID, SinkConfig.DEFAULT_BATCH_SIZE,
        SinkConfig.DEFAULT_POLL_TIMEOUT, kafka.extra(), kafka.maxPageBytes())));
  }

  /** Waits until the sink stops (after {@link #close}, or on a fatal error). */
  void await() throws InterruptedException {
    thread.join();
  }

  @Override
  public void close() throws InterruptedException {
    service.close();
    thread.join(TimeUnit.SECONDS.toMillis(30));
  }
}
