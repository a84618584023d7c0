package dev.newswire.benchmarks;

import dev.newswire.app.Arguments;
import dev.newswire.benchmarks.ParseStage.Expected;
import dev.newswire.benchmarks.ParseStage.Figure;
import dev.newswire.benchmarks.ParseStage.Page;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.testkit.GeneratedPages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The pipeline against its parts, in one run on one machine: the bare broker, the parser, the store,
 * the whole pipeline into SQLite and PostgreSQL (counts checked), latency at a steady load, memory.
 */
@Command(name = "bench-pipeline", mixinStandardHelpOptions = true,
    description = "Measure the whole pipeline end to end next to its parts (bare Kafka, parser, store, COPY), "
        + "page-to-row latency at a steady load and peak memory, on generated pages or the pages in DIR.")
final class BenchPipelineCommand implements Callable<Integer> {
  private static final Pattern STORE_PROGRESS = Pattern.compile("^store: ([\\d,]+) of [\\d,]+ pages done");
  private static final Pattern RUNNING = Pattern.compile("running: bootstrap servers (\\S+), schema registry ([^\\s,;]+)");

  @Option(names = "--pages", defaultValue = "20000", converter = Arguments.AtLeastOne.class,
      description = "Generated pages in the sample's layout (default ${DEFAULT-VALUE}); ignored with DIR.")
  int count;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      defaultValue = "${env:NEWSWIRE_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}",
      description = "PostgreSQL to measure, in a schema of its own dropped after (default ${DEFAULT-VALUE}; 'none' skips).")
  String postgresUrl;

  @Option(names = "--rate", defaultValue = "100", converter = Arguments.AtLeastOne.class,
      description = "Offered load of the latency stage, pages/s (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--latency-pages", defaultValue = "1500", converter = Arguments.AtLeastOne.class,
      description = "Pages published at that rate (default ${DEFAULT-VALUE}).")
  int latencyPages;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Pages to run instead of generated ones.")
  Path dir;

  private final List<String[]> rows = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("newswire-bench-pipeline");
    PrintStream out = System.out;
    Path pagesDir = dir != null ? dir : work.resolve("pages");
    Expected generated = null;
    if (dir == null) {
      GeneratedPages g = new GeneratedPages(count);
      g.writeTo(pagesDir);
      generated = new Expected(count, g.distinctArticles(), count, g.distinctTeasers(), g.sightings());
    }
    List<Page> pages = read(pagesDir);
    long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
    out.printf(Locale.ROOT, "newswire bench-pipeline: %d pages (%.1f MB) from %s; %d cores, load %s; work in %s%n",
        pages.size(), bytes / 1e6, pagesDir, Runtime.getRuntime().availableProcessors(), load(), work);

    ParseStage parse = new ParseStage();
    Map<String, Expected> counted = new HashMap<>();
    Figure parsed = parse.run(pages, counted);
    Expected expected = counted.get("expected");
    if (generated != null && !generated.equals(expected)) {
      out.println("warning: the parser's counts " + expected + " differ from the generator's " + generated);
    }
    Figure parseOnly = parse.parseOnly("parse only", pages);
    row("2 parse only, one thread", parseOnly.pagesPerSecond(), parseOnly.megabytesPerSecond(), perCpu(parseOnly));
    row("2 parse and map, one thread", parsed.pagesPerSecond(), parsed.megabytesPerSecond(), perCpu(parsed));
    Path resources = Path.of(System.getProperty("newswire.fixtures", "enrich/src/test/resources/fixtures")).getParent();
    Path sample = resources.resolve("samples/kcna-watch-2023-12-04.txt");
    if (Files.isRegularFile(sample)) {
      Figure f = parse.parseOnly("sample", List.of(new Page("https://kcnawatch.org/newstream/sample", Files.readAllBytes(sample), null)));
      row("2   parse only, the sample page (7.4 KB)", f.pagesPerSecond(), f.megabytesPerSecond(), perCpu(f));
    }
    for (Figure f : parse.layouts(resources.resolve("fixtures"))) {
      row("2   fixtures " + f.name() + " (parse and map)", f.pagesPerSecond(), f.megabytesPerSecond(), perCpu(f));
    }

    double ceiling = brokerStages(work, pages);
    List<String[]> store = new ArrayList<>(SinkBenchmark.run("jdbc:sqlite:" + work.resolve("bench-sink.db"), pages.size(),
        SinkConfig.DEFAULT_BATCH_SIZE));
    if (!"none".equals(postgresUrl)) {
      store.addAll(SinkBenchmark.run(postgresUrl, pages.size(), SinkConfig.DEFAULT_BATCH_SIZE));
    }
    for (String[] s : store) {
      rows.add(new String[] {"3 store: " + s[0], "", "", s[4] + " rows/s", s[2] + " rows in " + s[3] + " s"});
    }
    boolean exact = endToEnd(work, "sqlite", pagesDir, null, expected, ceiling, pages.size());
    if (!"none".equals(postgresUrl)) {
      String schema = "newswire_bench_" + Long.toHexString(System.nanoTime());
      String url = SinkBenchmark.createSchema(postgresUrl, schema);
      try {
        exact &= endToEnd(work, "postgresql", pagesDir, url, expected, ceiling, pages.size());
      } finally {
        SinkBenchmark.dropSchemas(postgresUrl, schema);
      }
    }
    print(out, store);
    out.printf("load after the run: %s%n", load());
    return exact ? 0 : 1;
  }

  /** Stages 1 and 5 on a pipeline kept running: the bare broker's ceiling, then latency at the steady rate. */
  private double brokerStages(Path work, List<Page> pages) throws Exception {
    Path one = work.resolve("first-page");
    Files.createDirectories(one);
    Files.write(one.resolve("page.txt"), pages.get(0).content());
    try (ChildRun run = new ChildRun(work.resolve("latency.log"), List.of(one.toString(), "--keep-running",
        "--data-dir", work.resolve("latency").toString()))) {
      Matcher m = RUNNING.matcher(run.await(l -> RUNNING.matcher(l).find(), 600).text());
      m.find();
      BrokerStages broker = new BrokerStages(new KafkaSettings(m.group(1), m.group(2)));
      double seconds = broker.ceiling(pages);
      long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
      row("1 Kafka produce + consume (ceiling)", pages.size() / seconds, bytes / 1e6 / seconds, "same page bytes, same broker");
      GeneratedPages fresh = new GeneratedPages(count + latencyPages);
      List<Page> offered = new ArrayList<>();
      for (int i = 0; i < latencyPages; i++) {
        offered.add(new Page(BrokerStages.LATENCY_PREFIX + i, fresh.page(count + i).getBytes(StandardCharsets.UTF_8),
            "text/plain"));
      }
      List<Double> ms = broker.latency(offered, rate, Store.defaultJdbcUrl(work.resolve("latency")));
      // The pipeline's code is still being compiled while the first pages pass: the later ones show it warm.
      List<Double> warm = ms.subList(ms.size() / 5, ms.size());
      rows.add(new String[] {"5 page-to-row latency at " + rate + " pages/s", "", "",
          String.format(Locale.ROOT, "p50 %.0f ms", BrokerStages.percentile(ms, 50)),
          String.format(Locale.ROOT, "p99 %.0f ms, max %.0f ms (%d pages); after the first %d: p50 %.0f ms, p99 %.0f ms",
              BrokerStages.percentile(ms, 99), BrokerStages.percentile(ms, 100), ms.size(), ms.size() / 5,
              BrokerStages.percentile(warm, 50), BrokerStages.percentile(warm, 99))});
      run.close();
      rows.add(new String[] {"6 peak RSS, run kept running", "", "", "JVM " + run.jvmPeakMb() + " MB",
          "registry " + run.registryPeakMb() + " MB"});
      return seconds;
    }
  }

  /** Stage 4: {@code newswire run DIR} timed from its first page read to the summary, the store then counted. */
  private boolean endToEnd(Path work, String name, Path pagesDir, String jdbcUrl, Expected expected, double ceilingSeconds,
      int pageCount) throws Exception {
    Path data = work.resolve("e2e-" + name);
    List<String> args = new ArrayList<>(List.of(pagesDir.toString(), "--data-dir", data.toString(), "--timeout", "7200"));
    if (jdbcUrl != null) {
      args.addAll(List.of("--jdbc-url", jdbcUrl));
    }
    double seconds;
    int exit;
    long jvm;
    long registry;
    String warm;
    String split;
    try (ChildRun run = new ChildRun(work.resolve("e2e-" + name + ".log"), args)) {
      long first = run.await(l -> l.startsWith("ingest: reading"), 600).nanos();
      CpuSplit.Snapshot cpuAtFirst = run.cpu();
      long done = run.await(l -> l.startsWith("newswire: ") && l.contains("ingested"), 7200).nanos();
      CpuSplit.Snapshot cpuAtDone = run.cpu();
      exit = run.waitFor(300);
      seconds = (done - first) / 1e9;
      split = CpuSplit.describe(cpuAtFirst, cpuAtDone, seconds, Runtime.getRuntime().availableProcessors());
      warm = warmRate(run, done, pageCount);
      jvm = run.jvmPeakMb();
      registry = run.registryPeakMb();
    }
    StoreCounts c;
    try (Store store = Store.open(jdbcUrl != null ? jdbcUrl : Store.defaultJdbcUrl(data))) {
      c = store.counts();
    }
    Expected got = new Expected(c.pages(), c.articles(), c.articleSightings(), c.teasers(), c.sightings());
    boolean exact = exit == 0 && got.equals(expected);
    row("4 end to end into " + name, pageCount / seconds, Double.NaN, String.format(Locale.ROOT,
        "%.1f s, %.0f%% of the ceiling%s; %s; peak RSS JVM %d MB, registry %d MB", seconds,
        100 * ceilingSeconds / seconds, warm, exact ? "counts exact" : "COUNTS WRONG: " + got + " exit " + exit, jvm, registry));
    if (!split.isEmpty()) {
      // Where the time went, so that a figure short of its target says why (the profile's first question).
      rows.add(new String[] {"  CPU, first page read to summary", "", "", "", split});
    }
    return exact;
  }

  /**
   * The rate once warm: from the run's first store progress line past a fifth of the pages to its
   * summary. The JIT compilers are busiest over the first pages, so a short run's average is mostly
   * warm-up; this shows what the same pipeline does after it. Empty when the run was too quick to print one.
   */
  private static String warmRate(ChildRun run, long doneNanos, int pageCount) {
    for (ChildRun.Line line : run.linesWhere(l -> l.startsWith("store: "))) {
      Matcher m = STORE_PROGRESS.matcher(line.text());
      if (m.find()) {
        long stored = Long.parseLong(m.group(1).replace(",", ""));
        if (stored >= pageCount / 5 && stored < pageCount && doneNanos > line.nanos()) {
          return String.format(Locale.ROOT, "; after the first %,d pages %,.0f pages/s", stored,
              (pageCount - stored) / ((doneNanos - line.nanos()) / 1e9));
        }
      }
    }
    return "";
  }

  private static String perCpu(Figure f) {
    return String.format(Locale.ROOT, "%,.0f pages per CPU second of the thread", f.pagesPerCpuSecond());
  }

  private void row(String stage, double pagesPerSecond, double megabytesPerSecond, String note) {
    rows.add(new String[] {stage, String.format(Locale.ROOT, "%.0f", pagesPerSecond),
        Double.isNaN(megabytesPerSecond) ? "" : String.format(Locale.ROOT, "%.1f", megabytesPerSecond), "", note});
  }

  private void print(PrintStream out, List<String[]> store) {
    out.printf("%-44s %9s %7s %16s  %s%n", "stage", "pages/s", "MB/s", "", "");
    for (String[] r : rows) {
      out.printf("%-44s %9s %7s %16s  %s%n", (Object[]) r);
    }
    double copy = store.stream().filter(s -> s[0].contains("COPY")).mapToDouble(s -> Double.parseDouble(s[4])).findFirst()
        .orElse(Double.NaN);
    for (String[] s : store) {
      if (!s[0].contains("COPY") && !Double.isNaN(copy) && s[0].startsWith("postgresql")) {
        out.printf(Locale.ROOT, "ratio 3:COPY (%s): %.0f%%%n", s[0], 100 * Double.parseDouble(s[4]) / copy);
      }
    }
  }

  private static List<Page> read(Path dir) throws Exception {
    List<Page> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        out.add(new Page(f.toAbsolutePath().normalize().toUri().toString(), Files.readAllBytes(f),
            name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain"));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no pages in " + dir);
    }
    return out;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "unknown";
    }
  }
}
