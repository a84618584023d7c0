package dev.newswire.app;

import dev.newswire.enrich.EnrichService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the enrich Streams application against an existing cluster until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich service (Kafka Streams, exactly-once) until SIGTERM or Ctrl-C.")
final class EnrichCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(names = "--application-id", defaultValue = "${env:NEWSWIRE_ENRICH_APPLICATION_ID:-" + EnrichService.DEFAULT_APPLICATION_ID + "}",
      description = "Streams application id; instances with the same id share the work (default ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", defaultValue = "${env:NEWSWIRE_STATE_DIR:-data/streams}",
      description = "Local Streams state (default ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(names = "--partitions", defaultValue = "2", converter = Arguments.AtLeastOne.class, description = "Partitions for topics created here (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", defaultValue = "1", converter = Arguments.Replication.class, description = "Replication for topics and internal topics (default ${DEFAULT-VALUE}).")
  short replication;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    try (EnrichService service = EnrichService.start(kafka.settings(), applicationId, stateDir, partitions, replication)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        service.close();
        stopped.countDown();
      }, "enrich-shutdown"));
      System.err.println("enrich: running as " + applicationId + " against " + kafka.bootstrapServers + "; Ctrl-C stops");
      stopped.await();
    }
    return 0;
  }
}
