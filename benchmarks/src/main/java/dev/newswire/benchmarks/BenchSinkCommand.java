package dev.newswire.benchmarks;

import dev.newswire.app.Arguments;
import dev.newswire.sink.SinkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Sink throughput on SQLite and PostgreSQL, next to PostgreSQL's own COPY of the same rows. */
@Command(name = "bench-sink", mixinStandardHelpOptions = true,
    description = "Measure the sink's write throughput (rows/s) on SQLite and PostgreSQL, and PostgreSQL COPY of the same rows.")
final class BenchSinkCommand implements Callable<Integer> {
  @Option(names = "--pages", defaultValue = "5000", converter = Arguments.AtLeastOne.class, description = "Generated pages (12 events each; default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--batch-size", defaultValue = "" + SinkConfig.DEFAULT_BATCH_SIZE, converter = Arguments.AtLeastOne.class,
      description = "Events per transaction (default ${DEFAULT-VALUE}, the sink's).")
  int batchSize;

  @Option(names = "--postgres-url", paramLabel = "URL",
      defaultValue = "${env:NEWSWIRE_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}",
      description = "PostgreSQL to measure; the run uses a schema of its own and drops it (default ${DEFAULT-VALUE}; 'none' skips).")
  String postgresUrl;

  @Override
  public Integer call() throws Exception {
    List<String[]> results = new ArrayList<>();
    Path dir = Files.createTempDirectory("newswire-bench");
    try {
      results.addAll(SinkBenchmark.run("jdbc:sqlite:" + dir.resolve("bench.db"), pages, batchSize));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (!"none".equals(postgresUrl)) {
      results.addAll(SinkBenchmark.run(postgresUrl, pages, batchSize));
    }
    SinkBenchmark.print(System.out, results);
    return 0;
  }
}
