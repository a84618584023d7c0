package dev.newswire.app;

import dev.newswire.app.health.HealthServer;
import dev.newswire.app.health.ServiceMetrics;
import dev.newswire.app.health.StopSignal;
import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.PagePublisher;
import dev.newswire.ingest.Progress;
import dev.newswire.ingest.Rejected;
import dev.newswire.ingest.source.FileSource;
import dev.newswire.ingest.source.PageSource;
import dev.newswire.sink.store.JdbcUrls;
import dev.newswire.sink.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The all-in-one local job: a real broker and registry started here, the pages run through ingest,
 * enrich and sink, a summary of what the store now holds, and a clean shutdown.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline locally on the given pages: starts a Kafka broker and a schema "
        + "registry under the data directory, ingests, enriches, stores, prints a summary and stops.")
final class RunCommand implements Callable<Integer> {
  static final int HEALTH_PORT = 9400;

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Mixin HealthOptions health;

  @Mixin PageOptions page;

  @Mixin PageLimit limit;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Page files, directories, globs or web archives.")
  List<String> inputs = List.of();

  @Option(names = "--replay", description = "Parse every page already in the data directory again with this "
      + "version's parser (after an upgrade, say); the store converges on the new results.")
  boolean replay;

  @Option(names = "--kafka-port", defaultValue = "0", converter = Arguments.Port.class, description = "Port of the local broker (default: a free port).")
  int kafkaPort;

  @Option(names = "--registry-port", defaultValue = "0", converter = Arguments.Port.class, description = "Port of the local registry (default: a free port).")
  int registryPort;

  @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS", converter = Arguments.Seconds.class,
      description = "Give up if the pages are not stored within this time (default ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--keep-running", description = "After the summary, keep the broker, registry, enrich and sink "
      + "running (and print where they are) so other consumers can subscribe, with the health endpoint "
      + "(--health-port); Ctrl-C stops.")
  boolean keepRunning;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    if (inputs.isEmpty() && !replay) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one INPUT, or --replay");
    }
    FileSource pages = FileSource.of(inputs, page.url, page.capturedAt, limit.maxPageBytes);
    Files.createDirectories(store.dataDir);
    var err = spec.commandLine().getErr();
    // Only a run that stays up is a service to watch; a one-off run opens no port.
    try (ServiceMetrics metrics = new ServiceMetrics();
         HealthServer http = keepRunning ? health.start(HEALTH_PORT, "127.0.0.1", metrics.registry(), err)
             : HealthServer.disabled()) {
      err.println("newswire: starting a Kafka broker and a schema registry in " + store.dataDir + " ...");
      return runPipeline(pages, metrics, http, started);
    }
  }

  private int runPipeline(FileSource pages, ServiceMetrics metrics, HealthServer http, long started) throws Exception {
    var err = spec.commandLine().getErr();
    try (LocalRuntime runtime = new LocalRuntime(store.dataDir, kafkaPort, registryPort, limit.maxPageBytes, replay,
            SinkRunner.factory(store.jdbcUrl(), store.user, store.password, metrics.registry()), metrics.registry());
         Store results = store.open()) {
      http.watch(runtime.live(), runtime.ready());
      Set<String> addresses = new LinkedHashSet<>(runtime.replayed());
      IngestSummary ingested;
      var topics = runtime.kafka().topics();
      try (PagePublisher publisher = new PagePublisher(runtime.kafka(), topics.rawPages(), topics.deadLetters(),
          Clock.systemUTC(), Progress.to(err))) {
        // Rejected inputs are awaited too: their dead letters come back through the watch.
        ingested = publisher.publish(new PageSource() {
          @Override
          public void forEach(Consumer<CapturedPage> consumer, Consumer<Rejected> rejected) throws IOException {
            pages.forEach(page -> {
              addresses.add(page.address());
              consumer.accept(page);
            }, refused -> {
              addresses.add(refused.address());
              rejected.accept(refused);
            });
          }

          @Override
          public String describe() {
            return pages.describe();
          }
        });
      }
      if (ingested.failed() > 0) {
        throw new IllegalStateException(ingested.describe());
      }
      Duration timeout = Duration.ofSeconds(timeoutSeconds);
      long deadline = System.nanoTime() + timeout.toNanos();
      List<CompletionWatch.Outcome> outcomes = runtime.watch().await(addresses, results, timeout,
          StoreProgress.to(err));
      if (!runtime.sinkCaughtUp(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
        throw new IllegalStateException("every page is in the store, but the sink had not stored all of enrich's"
            + " results within " + timeoutSeconds + " s or stopped first; the rest are stored when it next runs");
      }
      runtime.checkpoint();
      RunSummary.print(spec.commandLine().getOut(), outcomes, results, JdbcUrls.mask(store.jdbcUrl()),
          (System.nanoTime() - started) / 1_000_000);
      if (keepRunning) {
        waitForCtrlC(runtime, http);
      }
      return outcomes.stream().allMatch(o -> o.stored()) ? 0 : 4;
    }
  }

  private void waitForCtrlC(LocalRuntime runtime, HealthServer http) throws InterruptedException {
    StopSignal stop = StopSignal.install();
    var out = spec.commandLine().getOut();
    out.printf("running: bootstrap servers %s, schema registry %s%s; Ctrl-C stops%n",
        runtime.kafka().bootstrapServers(), runtime.kafka().registryUrl(),
        http.url() == null ? "" : ", health " + http.url());
    out.flush();
    stop.await();
    http.stopping();
  }
}
