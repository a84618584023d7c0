package dev.newswire.app;

import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.store.JdbcUrls;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the sink against an existing cluster and store until stopped: the sink's one entry point. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = "Run the sink service (articles and teasers into SQLite or PostgreSQL, exactly once) until SIGTERM or Ctrl-C.")
final class SinkCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;
  @Mixin StoreOptions store;

  @Option(names = "--group-id", defaultValue = "${env:NEWSWIRE_SINK_GROUP_ID:-" + SinkConfig.DEFAULT_GROUP_ID + "}",
      description = "Consumer group; its offsets live in the store (env NEWSWIRE_SINK_GROUP_ID; default ${DEFAULT-VALUE}).")
  String groupId;

  @Option(names = "--batch-size", converter = Arguments.AtLeastOne.class, defaultValue = "${env:NEWSWIRE_SINK_BATCH_SIZE:-" + SinkConfig.DEFAULT_BATCH_SIZE + "}",
      description = "Records written per database transaction, at most (env NEWSWIRE_SINK_BATCH_SIZE; default ${DEFAULT-VALUE}).")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    SinkConfig config = config();
    SinkRunner sink = new SinkRunner(config);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        sink.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sink-shutdown"));
    System.err.println("sink: writing to " + JdbcUrls.mask(config.jdbcUrl()) + "; Ctrl-C stops");
    sink.await();
    return 0;
  }

  /** The sink's settings from the flags and environment variables. */
  SinkConfig config() {
    return SinkConfig.of(kafka.bootstrapServers, kafka.registryUrl, store.dataDir)
        .withJdbc(store.jdbcUrl(), store.user, store.password)
        .withGroupId(groupId).withBatchSize(batchSize).withKafkaProperties(kafka.extra)
        .withMaxPageBytes(kafka.limit.maxPageBytes);
  }
}
