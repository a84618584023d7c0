package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Parts of the pipeline run as processes of their own, as they are deployed, for crash tests. */
final class Processes {
  static final String HEALTH_PORT = "NEWSWIRE_HEALTH_PORT";
  private Processes() {}

  /**
   * {@code newswire ARGS...} in a new JVM on the test classpath, its output in {@code log}. Services get a
   * free health port unless told otherwise: tests run side by side, and the default ports would clash.
   */
  static Process newswire(Path log, String... args) throws IOException {
    return builder(log, List.of(), args).start();
  }

  /** As {@link #newswire(Path, String...)}, with only the given NEWSWIRE_ environment variables set. */
  static Process newswire(Path log, Map<String, String> environment, String... args) throws IOException {
    ProcessBuilder builder = builder(log, List.of(), args);
    builder.environment().keySet().removeIf(name -> name.startsWith("NEWSWIRE_"));
    builder.environment().putAll(environment);
    builder.environment().putIfAbsent(HEALTH_PORT, "0");
    return builder.start();
  }

  /** The same with options for the JVM, such as a heap limit. */
  static Process newswire(Path log, List<String> jvmOptions, String... args) throws IOException {
    return builder(log, jvmOptions, args).start();
  }

  private static ProcessBuilder builder(Path log, List<String> jvmOptions, String... args) {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putIfAbsent(HEALTH_PORT, "0");
    return builder;
  }

  static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
      Thread.sleep(200);
    }
  }
}
