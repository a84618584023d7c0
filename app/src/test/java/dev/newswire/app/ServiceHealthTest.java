package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.testkit.GeneratedPages;
import dev.newswire.testkit.TcpProxy;
import dev.newswire.testkit.TestSchema;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health endpoints of enrich and sink, each its own process as deployed, against a real broker,
 * registry and PostgreSQL (behind a proxy that can cut it): readiness follows the broker and the
 * database, the metrics agree with what was processed and stored, and SIGTERM stops each cleanly.
 */
class ServiceHealthTest {
  static final int PAGES = 200;
  static final Pattern HEALTH_LINE = Pattern.compile("health: (http://127\\.0\\.0\\.1:\\d+)");
  static final Duration LONG = Duration.ofSeconds(240);

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void enrichAndSinkTellTheirStateAndCountWhatTheyDid() throws Exception {
    TestSchema schema = new TestSchema();
    schema.create();
    GeneratedPages generated = new GeneratedPages(PAGES);
    generated.writeTo(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/broken.txt"), "this is not a news page of any layout");
    int kafkaPort = freePort();
    String bootstrap = "127.0.0.1:" + kafkaPort;
    try (EmbeddedRegistry registry = EmbeddedRegistry.start(dir.resolve("registry"));
         TcpProxy database = new TcpProxy(5432)) {
      String viaProxy = schema.jdbcUrl().replace(":5432/", ":" + database.port() + "/");
      // Started before the broker and the database exist: not ready, deterministically.
      Process enrich = Processes.newswire(dir.resolve("enrich.log"), "enrich", "--bootstrap-servers", bootstrap,
          "--registry-url", registry.url(), "--state-dir", dir.resolve("streams").toString());
      Process sink = Processes.newswire(dir.resolve("sink.log"), "sink", "--bootstrap-servers", bootstrap,
          "--registry-url", registry.url(), "--jdbc-url", viaProxy, "--jdbc-user", TestSchema.USER);
      try {
        String enrichUrl = healthUrl(dir.resolve("enrich.log"));
        String sinkUrl = healthUrl(dir.resolve("sink.log"));
        assertThat(get(enrichUrl, "/health/live")).isEqualTo("200 live");
        assertThat(get(sinkUrl, "/health/live")).isEqualTo("200 live");
        assertThat(get(enrichUrl, "/health/ready")).startsWith("503 ");
        assertThat(get(sinkUrl, "/health/ready")).startsWith("503 ");

        try (EmbeddedKafka broker = EmbeddedKafka.start(dir.resolve("kafka"), kafkaPort, 0)) {
          awaitAnswer(enrichUrl, "/health/ready", "200 ready");
          // The broker is up, the database not yet: the sink cannot open its store.
          assertThat(get(sinkUrl, "/health/ready")).isEqualTo("503 sink consumer not in its group or not polling");
          database.start();
          awaitAnswer(sinkUrl, "/health/ready", "200 ready");

          CliTest.Result ingested = CliTest.run("ingest", dir.resolve("pages").toString(),
              "--bootstrap-servers", bootstrap, "--registry-url", registry.url());
          assertThat(ingested.exit()).as(ingested.err()).isZero();
          String direct = schema.jdbcUrl();
          Processes.waitFor(LONG, () -> count(direct, "article_sightings") == PAGES
              && count(direct, "teaser_sightings") == generated.sightings());
          Processes.waitFor(LONG, () -> scrape(sinkUrl).get("newswire_sink_consumer_lag") == 0.0);

          Map<String, Double> e = scrape(enrichUrl);
          assertThat(e.get("newswire_pages_parsed_total")).isEqualTo(PAGES);
          assertThat(e.get("newswire_articles_emitted_total")).isEqualTo(PAGES);
          assertThat(e.get("newswire_teasers_emitted_total")).isEqualTo(generated.sightings());
          assertThat(e.get("newswire_dead_letters_total{reason=\"unrecognised\",stage=\"enrich\"}")).isEqualTo(1);
          assertThat(e.get("newswire_dead_letters_total{reason=\"unreadable\",stage=\"enrich\"}")).isZero();
          assertThat(e.keySet()).anyMatch(k -> k.startsWith("kafka_stream_thread_process_total{"))
              .anyMatch(k -> k.startsWith("kafka_consumer_fetch_manager_records_consumed_total{"))
              .anyMatch(k -> k.startsWith("kafka_producer_record_send_total{"))
              .anyMatch(k -> k.startsWith("jvm_memory_used_bytes{"));

          Map<String, Double> s = scrape(sinkUrl);
          assertThat(s.get("newswire_sink_rows_written_total{table=\"article_sightings\"}"))
              .isEqualTo(count(direct, "article_sightings"));
          assertThat(s.get("newswire_sink_rows_written_total{table=\"teaser_sightings\"}"))
              .isEqualTo(count(direct, "teaser_sightings"));
          assertThat(s.get("newswire_sink_rows_written_total{table=\"pages\"}")).isEqualTo(count(direct, "pages"));
          assertThat(s.get("newswire_sink_batch_seconds_count")).isPositive();
          assertThat(s.get("newswire_dead_letters_total{reason=\"refused_by_store\",stage=\"sink\"}")).isZero();
          assertThat(s.keySet()).anyMatch(k -> k.startsWith("kafka_consumer_fetch_manager_records_consumed_total{")
              && k.contains("client_id=\"newswire-sink\""));

          // The database cut: the sink stays alive and says why it is not ready, until it is back.
          database.stop();
          awaitAnswer(sinkUrl, "/health/ready", "503 the database does not answer");
          assertThat(get(sinkUrl, "/health/live")).isEqualTo("200 live");
          database.start();
          awaitAnswer(sinkUrl, "/health/ready", "200 ready");

          stopsCleanly("enrich", enrich, enrichUrl);
          stopsCleanly("sink", sink, sinkUrl);
        }
      } finally {
        enrich.destroyForcibly();
        sink.destroyForcibly();
        schema.drop();
      }
    }
  }

  /** SIGTERM: readiness drops to "stopping" first, then the process exits 0, in seconds. */
  private void stopsCleanly(String service, Process process, String url) throws Exception {
    List<String> seen = new ArrayList<>();
    long sent = System.nanoTime();
    process.destroy();
    while (process.isAlive() && System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(60)) {
      String answer = ask(url, "/health/ready");
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(answer)) {
        seen.add(answer);
      }
      Thread.sleep(10);
    }
    assertThat(process.waitFor(5, TimeUnit.SECONDS)).as(service + " exited").isTrue();
    long millis = (System.nanoTime() - sent) / 1_000_000;
    System.out.printf("%s: SIGTERM to exit %d ms, readiness meanwhile %s%n", service, millis, seen);
    assertThat(process.exitValue()).as(service + " exit status").isZero();
    assertThat(millis).as(service + " stop time").isLessThan(30_000);
    assertThat(seen).as("after SIGTERM readiness only goes down").contains("503 stopping")
        .doesNotContainSequence("503 stopping", "200 ready");
  }

  private String healthUrl(Path log) throws InterruptedException {
    String[] url = new String[1];
    Processes.waitFor(Duration.ofSeconds(120), () -> {
      Matcher m = HEALTH_LINE.matcher(read(log));
      return m.find() && (url[0] = m.group(1)) != null;
    });
    return url[0];
  }

  private void awaitAnswer(String url, String path, String expected) throws InterruptedException {
    Processes.waitFor(LONG, () -> ask(url, path).equals(expected));
  }

  private String get(String url, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10))
        .build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  /** The answer, or "refused" when nothing listens (any more). */
  private String ask(String url, String path) {
    try {
      return get(url, path);
    } catch (IOException e) {
      return "refused";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Every sample of the Prometheus text: name with its labels, and value. */
  private Map<String, Double> scrape(String url) {
    Map<String, Double> samples = new LinkedHashMap<>();
    String text = ask(url, "/metrics");
    assertThat(text).startsWith("200 ");
    for (String line : text.substring(4).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return samples;
  }

  private static double count(String jdbc, String table) {
    try (Connection c = DriverManager.getConnection(jdbc, TestSchema.USER, null); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1; // not created yet
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }
}
