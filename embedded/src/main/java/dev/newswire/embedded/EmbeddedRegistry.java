package dev.newswire.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry speaking the Confluent REST API: Apicurio Registry (from Maven Central),
 * run as a child process on loopback.
 *
 * <p>Apicurio's distribution keeps schemas in memory, so on close the registry is exported to
 * {@code registry-export.zip} in the data directory and imported again on the next start: records
 * written by an earlier run keep resolving to the same schema ids.
 */
public final class EmbeddedRegistry implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistry.class);
  private static final String EXPORT_FILE = "registry-export.zip";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final ClassDataArchive classes;
  private final String baseUrl;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Thread reaper;
  private boolean closed;

  private EmbeddedRegistry(Process process, ClassDataArchive classes, String baseUrl, Path dataDir) {
    this.process = process;
    this.classes = classes;
    this.baseUrl = baseUrl;
    this.dataDir = dataDir;
    // On SIGTERM or Ctrl-C the JVM runs hooks concurrently; this one exports before stopping, as close() does.
    this.reaper = new Thread(this::close, "registry-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  public static EmbeddedRegistry start(Path dataDir) {
    return start(dataDir, 0);
  }

  /** Starts the registry on {@code port} (0 picks a free one) and waits until it answers. */
  public static EmbeddedRegistry start(Path dataDir, int port) {
    int httpPort = port == 0 ? FreePorts.pick() : FreePorts.requireFree(port, "the schema registry");
    Path runner = runnerJar();
    Path dir = dataDir.toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The registry answers a few lookups per run (the serdes cache what they learn), so its start-up is nearly all
    // the work it does: C1 alone and the serial collector halve the CPU it takes (12 s to 6 s on 2 cores, ready
    // 1-2 s sooner), CPU that the run's own start competes for.
    // Its classes mapped from an archive made by the first start: ready in 1.1-1.7 s instead of 2.2-3.6, with
    // 1.3-2.0 CPU s instead of 2.7-4.0 (the bare runner, three starts with and four without, JDK 17, 2 cores).
    ClassDataArchive classes = ClassDataArchive.beside(runner, "registry-classes");
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms64m", "-Xmx384m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(classes.options());
    command.addAll(List.of(
        "-Dquarkus.http.host=127.0.0.1",
        "-Dquarkus.http.port=" + httpPort,
        "-Dquarkus.management.enabled=false",
        "-Dquarkus.log.level=WARN",
        "-Dquarkus.log.category.\"io.apicurio\".level=WARN",
        // Reject incompatible schema changes with HTTP 409, as Confluent's registry does.
        "-Dregistry.rules.global.compatibility=BACKWARD",
        "-Dapicurio.rules.global.compatibility=BACKWARD",
        "-jar", runner.toString()));
    long started = System.nanoTime();
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(runner.getParent().toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("registry.log").toFile());
      // The registry needs none of our settings, and a child's environment is readable under /proc.
      builder.environment().keySet().removeIf(name -> name.startsWith("NEWSWIRE_") || name.contains("PASSWORD")
          || name.contains("SECRET") || name.contains("TOKEN"));
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the schema registry (" + runner + ")", e);
    }
    EmbeddedRegistry registry = new EmbeddedRegistry(process, classes, "http://127.0.0.1:" + httpPort, dir);
    try {
      registry.awaitReady();
      registry.importHistory();
    } catch (RuntimeException e) {
      registry.stopProcess();
      throw e;
    }
    log.info("schema registry up at {} in {} ms", registry.url(), (System.nanoTime() - started) / 1_000_000);
    return registry;
  }

  /** The Confluent-compatible API root, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
  public String url() {
    return baseUrl + "/apis/ccompat/v7";
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("schema registry exited with " + process.exitValue()
            + "; see " + dataDir.resolve("registry.log"));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/subjects"))
            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the registry", e);
      }
      sleep(200);
    }
    throw new IllegalStateException("schema registry did not answer within " + START_TIMEOUT.toSeconds()
        + " s; see " + dataDir.resolve("registry.log"));
  }

  private void importHistory() {
    Path export = dataDir.resolve(EXPORT_FILE);
    if (!Files.exists(export)) {
      return;
    }
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/apis/registry/v2/admin/import"))
          .header("Content-Type", "application/zip")
          .POST(HttpRequest.BodyPublishers.ofFile(export)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("registry import of " + export + " failed: HTTP " + r.statusCode() + " " + r.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("registry import of " + export + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves the registry's schemas now. Records written since the last save carry schema ids that only
   * this process knows until then; a run that may be killed hard should checkpoint once it has written.
   */
  public synchronized void checkpoint() {
    try {
      exportHistory();
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the registry's schemas to " + dataDir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void exportHistory() throws IOException, InterruptedException {
    Path tmp = dataDir.resolve(EXPORT_FILE + ".tmp");
    HttpResponse<Path> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/apis/registry/v2/admin/export"))
        .GET().build(), HttpResponse.BodyHandlers.ofFile(tmp));
    if (r.statusCode() != 200) {
      Files.deleteIfExists(tmp);
      throw new IOException("HTTP " + r.statusCode());
    }
    // Atomic, so a crash mid-export never leaves a half-written history behind.
    Files.move(tmp, dataDir.resolve(EXPORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (process.isAlive()) {
      try {
        exportHistory();
      } catch (IOException e) {
        log.warn("could not export the registry's schemas: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stopProcess();
    if (Thread.currentThread() != reaper) {
      try {
        Runtime.getRuntime().removeShutdownHook(reaper);
      } catch (IllegalStateException e) {
        // already shutting down: the hook will find the registry closed
      }
    }
  }

  private void stopProcess() {
    process.destroy();
    boolean normally = false;
    try {
      normally = process.waitFor(15, TimeUnit.SECONDS);
      if (!normally) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    classes.childExited(normally);
  }

  /** The unpacked Apicurio runner: from NEWSWIRE_APICURIO_RUNNER, or where the build unpacked it. */
  static Path runnerJar() {
    String override = System.getenv("NEWSWIRE_APICURIO_RUNNER");
    Path runner;
    if (override != null && !override.isBlank()) {
      runner = Path.of(override);
    } else {
      Properties props = new Properties();
      try (InputStream in = EmbeddedRegistry.class.getResourceAsStream("/newswire-embedded.properties")) {
        if (in == null) {
          throw new IllegalStateException("newswire-embedded.properties missing from the classpath");
        }
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      runner = Path.of(props.getProperty("apicurio.runner"));
    }
    if (!Files.isRegularFile(runner)) {
      throw new IllegalStateException("Apicurio registry not found at " + runner
          + ": build the project (./mvnw package) or set NEWSWIRE_APICURIO_RUNNER");
    }
    return runner;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
