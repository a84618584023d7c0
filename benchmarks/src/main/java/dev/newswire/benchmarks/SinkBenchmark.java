package dev.newswire.benchmarks;

import dev.newswire.sink.store.Batch;
import dev.newswire.sink.store.JdbcUrls;
import dev.newswire.sink.store.Source;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.testkit.GeneratedPages;
import dev.newswire.testkit.PageEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Store write throughput: {@code SinkBenchmark <jdbc url> <pages> [batch size]}. Writes the events of
 * the pages through the sink's own path (upserts, links, offsets, one transaction per batch) and
 * reports rows per second. On PostgreSQL it then loads the very same rows with {@code COPY} into a
 * fresh copy of the schema, for comparison. PostgreSQL runs use schemas of their own, dropped after;
 * a SQLite run wants a file that does not exist yet.
 */
public final class SinkBenchmark {
  private static final List<String> TABLES = List.of("pages", "page_parses", "articles", "article_sightings", "teasers",
      "teaser_sightings");

  private SinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SinkBenchmark <jdbc url> <pages> [batch size]");
      System.exit(2);
    }
    String url = args[0];
    if (url.startsWith("jdbc:sqlite:") && Files.exists(Path.of(url.substring("jdbc:sqlite:".length())))) {
      System.err.println("SinkBenchmark: " + url + " exists; give a new file");
      System.exit(2);
    }
    print(System.out, run(url, Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 500));
  }

  /** Prints result rows as a table. */
  public static void print(PrintStream out, List<String[]> results) {
    out.printf("%-42s %9s %9s %9s %10s%n", "store", "events", "rows", "seconds", "rows/s");
    for (String[] r : results) {
      out.printf("%-42s %9s %9s %9s %10s%n", (Object[]) r);
    }
  }

  /**
   * Writes {@code pages} generated pages through the sink's write path and, on PostgreSQL, COPYs the
   * same rows; returns one row (store, events, rows, seconds, rows/s) per measurement.
   */
  public static List<String[]> run(String url, int pages, int batchSize) throws Exception {
    boolean postgres = url.startsWith("jdbc:postgresql:");
    String schema = "newswire_bench_" + UUID.randomUUID().toString().substring(0, 8);
    String copySchema = schema + "_copy";
    List<String[]> results = new ArrayList<>();
    try {
      String runUrl = postgres ? createSchema(url, schema) : url;
      try (Store store = Store.open(runUrl)) {
        PageEvents workload = workload(pages);
        long events = 0;
        // The events are made before the clock starts: generating them took as long as writing them.
        List<Batch> batches = new ArrayList<>();
        Batch batch = new Batch();
        long offset = 0;
        Long stored = null;
        TopicPartition tp = new TopicPartition("bench", 0);
        for (int i = 0; i < pages; i++) {
          for (Object event : workload.events(i)) {
            batch.add(event, Source.synthetic(offset++));
            events++;
          }
          if (batch.events() >= batchSize || i == pages - 1) {
            batches.add(batch.moveOffset(tp, stored, offset));
            stored = offset;
            batch = new Batch();
          }
        }
        long started = System.nanoTime();
        for (Batch b : batches) {
          store.write(b, "bench", rejected -> {});
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StoreCounts c = store.counts();
        long rows = c.pages() * 2 + c.articles() + c.articleSightings() + c.teasers() + c.sightings();
        results.add(row(store.dialect().name() + " sink path (batch " + batchSize + ")", events, rows, seconds));
      }
      if (postgres) {
        results.add(copy(url, runUrl, createSchema(url, copySchema)));
      }
    } finally {
      if (postgres) {
        dropSchemas(url, schema, copySchema);
      }
    }
    return results;
  }

  /**
   * The events of the generated pages, each page's ten teasers announcing pages among a third as many
   * as there are pages (so each teaser is seen about thirty times); half announce by address, half by snippet.
   */
  static PageEvents workload(int pages) {
    return new PageEvents(new GeneratedPages(pages, 0, Math.max(GeneratedPages.TEASERS_PER_PAGE + 1, pages / 3)));
  }

  /** Loads the rows the sink wrote into an empty copy of the schema with COPY, table by table. */
  private static String[] copy(String url, String fromUrl, String toUrl) throws Exception {
    try (Store empty = Store.open(toUrl)) {
      // Flyway has created the tables, indexes and the search column.
    }
    Map<String, byte[]> data = new LinkedHashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    try (Connection from = DriverManager.getConnection(fromUrl)) {
      CopyManager out = from.unwrap(PGConnection.class).getCopyAPI();
      for (String table : TABLES) {
        columns.put(table, copyableColumns(from, table));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.copyOut("COPY (SELECT " + columns.get(table) + " FROM " + table + ") TO STDOUT (FORMAT binary)", bytes);
        data.put(table, bytes.toByteArray());
      }
    }
    long rows = 0;
    long started = System.nanoTime();
    try (Connection to = DriverManager.getConnection(toUrl)) {
      to.setAutoCommit(false);
      CopyManager in = to.unwrap(PGConnection.class).getCopyAPI();
      for (String table : TABLES) {
        rows += in.copyIn("COPY " + table + " (" + columns.get(table) + ") FROM STDIN (FORMAT binary)",
            new ByteArrayInputStream(data.get(table)));
      }
      to.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return row("postgresql COPY of the same rows", 0, rows, seconds);
  }

  /** Every column but the generated ones (row id, search vector), which COPY must leave to the server. */
  private static String copyableColumns(Connection c, String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'NO'"
        + " AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.add('"' + r.getString(1) + '"');
        }
      }
    }
    return String.join(", ", names);
  }

  private static String[] row(String name, long events, long rows, double seconds) {
    return new String[] {name, events == 0 ? "-" : String.valueOf(events), String.valueOf(rows),
        String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.0f", rows / seconds)};
  }

  static String createSchema(String url, String schema) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create schema " + schema + " at " + JdbcUrls.mask(url), e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static void dropSchemas(String url, String... schemas) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
