package dev.newswire.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health endpoint over real HTTP on a free port: what each path answers, and when. */
class HealthServerTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicReference<String> liveProblem = new AtomicReference<>();
  private final AtomicReference<String> readyProblem = new AtomicReference<>();
  private ServiceMetrics metrics;
  private HealthServer server;

  @BeforeEach
  void start() {
    metrics = new ServiceMetrics();
    server = HealthServer.start("127.0.0.1", 0, metrics.registry());
  }

  @AfterEach
  void stop() {
    server.close();
    metrics.close();
  }

  @Test
  void liveAndNotReadyUntilTheServiceIsWatched() throws Exception {
    assertThat(get("/health/live")).isEqualTo("200 live");
    assertThat(get("/health/ready")).isEqualTo("503 starting");

    server.watch(liveProblem::get, readyProblem::get);
    assertThat(get("/health/ready")).isEqualTo("200 ready");
  }

  @Test
  void aProblemIsA503WithItsReasonOnOneLine() throws Exception {
    server.watch(liveProblem::get, readyProblem::get);
    readyProblem.set("the database does not answer\n(connection refused)");
    assertThat(get("/health/ready")).isEqualTo("503 the database does not answer (connection refused)");
    assertThat(get("/health/live")).isEqualTo("200 live");

    liveProblem.set("enrich streams ERROR");
    assertThat(get("/health/live")).isEqualTo("503 enrich streams ERROR");
    readyProblem.set(null);
    liveProblem.set(null);
    assertThat(get("/health/ready")).isEqualTo("200 ready");
  }

  @Test
  void aProbeThatThrowsIsNotReadyRatherThanAnError() throws Exception {
    server.watch(liveProblem::get, () -> {
      throw new IllegalStateException("store not open");
    });
    assertThat(get("/health/ready")).startsWith("503 check failed: ").contains("store not open");
  }

  @Test
  void stoppingDropsReadinessFirstWhileLivenessAndMetricsStillAnswer() throws Exception {
    server.watch(liveProblem::get, readyProblem::get);
    server.stopping();
    // A service on its way down is not "dead": a restart now would only cut its clean stop short.
    liveProblem.set("enrich streams PENDING_SHUTDOWN");
    assertThat(get("/health/ready")).isEqualTo("503 stopping");
    assertThat(get("/health/live")).isEqualTo("200 live");
    assertThat(get("/metrics")).startsWith("200 ");
  }

  @Test
  void metricsAreThePrometheusTextFormatWithTheJvmAndOurMeters() throws Exception {
    Counter.builder("newswire.pages.parsed").register(metrics.registry()).increment(3);
    HttpResponse<String> r = http.send(request("/metrics").build(), HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
    assertThat(r.body()).contains("# TYPE newswire_pages_parsed_total counter", "\nnewswire_pages_parsed_total 3.0\n",
        "\njvm_memory_used_bytes{", "\njvm_threads_live_threads ", "\nprocess_uptime_seconds ");
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    assertThat(get("/health")).startsWith("404 ");
    assertThat(get("/health/live/x")).startsWith("404 ");
    HttpResponse<String> post = http.send(request("/health/live").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void aTakenPortIsAOneLineErrorNamingTheFlag() {
    int taken = URI.create(server.url()).getPort();
    assertThatThrownBy(() -> HealthServer.start("127.0.0.1", taken, metrics.registry()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:" + taken).hasMessageContaining("--health-port");
  }

  @Test
  void theUrlNamesTheBoundPort() {
    assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
    assertThat(HealthServer.disabled().url()).isNull();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(10));
  }
}
