package dev.newswire.app;

import dev.newswire.app.health.EnrichProbes;
import dev.newswire.app.health.HealthServer;
import dev.newswire.app.health.ServiceMetrics;
import dev.newswire.app.health.StopSignal;
import dev.newswire.enrich.EnrichService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the enrich Streams application against an existing cluster until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich service (Kafka Streams, exactly-once) until SIGTERM or Ctrl-C.")
final class EnrichCommand implements Callable<Integer> {
  static final int HEALTH_PORT = 9401;

  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin HealthOptions health;

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
    var err = spec.commandLine().getErr();
    StopSignal stop = StopSignal.install();
    try (ServiceMetrics metrics = new ServiceMetrics();
         HealthServer http = health.start(HEALTH_PORT, "0.0.0.0", metrics.registry(), err);
         EnrichService service = EnrichService.start(kafka.settings(), applicationId, stateDir, partitions, replication,
             metrics.registry())) {
      http.watch(EnrichProbes.live(service), EnrichProbes.ready(service));
      err.println("enrich: running as " + applicationId + " against " + kafka.bootstrapServers + "; Ctrl-C stops");
      err.flush();
      stop.await();
      // Not ready first; then Streams commits what it has processed, leaves its group and closes.
      http.stopping();
    }
    return 0;
  }
}
