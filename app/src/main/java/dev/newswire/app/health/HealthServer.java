package dev.newswire.app.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service's health endpoint: {@code /health/live}, {@code /health/ready} and {@code /metrics} (the
 * Prometheus text format) over plain HTTP. Up before the service starts, so readiness tells
 * "starting" apart from "down"; on shutdown readiness drops first ({@link #stopping}) while liveness
 * and metrics keep answering until the service has stopped.
 */
public final class HealthServer implements AutoCloseable {
  static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final PrometheusMeterRegistry registry;
  private volatile Probe live = () -> null;
  private volatile Probe ready = () -> "starting";
  private volatile boolean stopping;

  private HealthServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry) {
    this.server = server;
    this.executor = executor;
    this.registry = registry;
  }

  /** No endpoint ({@code --health-port -1}): the service runs the same, unobserved. */
  public static HealthServer disabled() {
    return new HealthServer(null, null, null);
  }

  /**
   * Listens on the address (port 0: any free one) and answers from now on.
   *
   * @throws IllegalStateException the port is taken or the host is not this machine's
   */
  public static HealthServer start(String host, int port, PrometheusMeterRegistry registry) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, port), 16);
    } catch (BindException e) {
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " for the health endpoint: "
          + e.getMessage() + " (choose another with --health-port, or -1 for none)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the health endpoint on " + host + ":" + port, e);
    }
    // Two threads: a slow scrape does not hold up a readiness check.
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "health-http");
      t.setDaemon(true);
      return t;
    });
    HealthServer health = new HealthServer(http, executor, registry);
    http.createContext("/", health::handle);
    http.setExecutor(executor);
    http.start();
    return health;
  }

  /** From now on liveness and readiness are these probes' (until then: live, and not ready, "starting"). */
  public void watch(Probe liveness, Probe readiness) {
    this.live = liveness;
    this.ready = readiness;
  }

  /** Shutting down: readiness answers 503 "stopping" from now on. */
  public void stopping() {
    stopping = true;
  }

  /** Where the endpoint answers, for people and tests: the loopback address when bound to all. */
  public String url() {
    if (server == null) {
      return null;
    }
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        reply(exchange, 405, TEXT, "only GET and HEAD");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/health/live" -> state(exchange, stopping ? null : ask(live), "live");
        case "/health/ready" -> state(exchange, stopping ? "stopping" : ask(ready), "ready");
        case "/metrics" -> reply(exchange, 200, METRICS_TYPE, registry.scrape());
        default -> reply(exchange, 404, TEXT, "not found; try /health/live, /health/ready or /metrics");
      }
    }
  }

  private static String ask(Probe probe) {
    try {
      return probe.problem();
    } catch (RuntimeException e) {
      return "check failed: " + e;
    }
  }

  private static void state(HttpExchange exchange, String problem, String fine) throws IOException {
    reply(exchange, problem == null ? 200 : 503, TEXT, problem == null ? fine : problem.replaceAll("\\s+", " "));
  }

  private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
