package dev.newswire.app;

import dev.newswire.app.health.HealthServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Where a long-running service answers health checks and metrics scrapes; defaults are the command's. */
final class HealthOptions {
  @Option(names = "--health-port", paramLabel = "PORT", converter = Arguments.HealthPort.class,
      defaultValue = "${env:NEWSWIRE_HEALTH_PORT}",
      description = "Port of /health/live, /health/ready and /metrics; 0: any free one, -1: none "
          + "(env NEWSWIRE_HEALTH_PORT; default: enrich 9401, sink 9402, run --keep-running 9400).")
  Integer port;

  @Option(names = "--health-host", paramLabel = "HOST", defaultValue = "${env:NEWSWIRE_HEALTH_HOST}",
      description = "Address the health endpoint listens on (env NEWSWIRE_HEALTH_HOST; default: 0.0.0.0 for "
          + "enrich and sink, 127.0.0.1 for run).")
  String host;

  /** Starts the endpoint (or none, for port -1) and says where it is on {@code err}. */
  HealthServer start(int defaultPort, String defaultHost, PrometheusMeterRegistry registry, PrintWriter err) {
    int p = port == null ? defaultPort : port;
    if (p < 0) {
      return HealthServer.disabled();
    }
    HealthServer server = HealthServer.start(host == null || host.isBlank() ? defaultHost : host, p, registry);
    err.println("health: " + server.url());
    err.flush();
    return server;
  }
}
