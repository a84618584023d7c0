package dev.newswire.sink;

import dev.newswire.sink.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the sink as a process of its own until SIGTERM. Flags win over environment variables:
 * {@code --bootstrap-servers} (NEWSWIRE_BOOTSTRAP_SERVERS), {@code --registry-url}
 * (NEWSWIRE_REGISTRY_URL), {@code --jdbc-url} (NEWSWIRE_JDBC_URL, default a SQLite file in
 * {@code --data-dir}/NEWSWIRE_DATA_DIR, itself default {@code data}), {@code --jdbc-user}
 * (NEWSWIRE_JDBC_USER), {@code --jdbc-password} (NEWSWIRE_JDBC_PASSWORD), {@code --group-id}
 * (NEWSWIRE_GROUP_ID), {@code --batch-size} (NEWSWIRE_BATCH_SIZE), {@code --poll-timeout-ms}.
 */
public final class SinkMain {
  private static final Map<String, String> FLAGS = Map.of(
      "--bootstrap-servers", "NEWSWIRE_BOOTSTRAP_SERVERS",
      "--registry-url", "NEWSWIRE_REGISTRY_URL",
      "--jdbc-url", "NEWSWIRE_JDBC_URL",
      "--jdbc-user", "NEWSWIRE_JDBC_USER",
      "--jdbc-password", "NEWSWIRE_JDBC_PASSWORD",
      "--group-id", "NEWSWIRE_GROUP_ID",
      "--batch-size", "NEWSWIRE_BATCH_SIZE",
      "--poll-timeout-ms", "NEWSWIRE_POLL_TIMEOUT_MS",
      "--data-dir", "NEWSWIRE_DATA_DIR");

  private SinkMain() {}

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println("usage: SinkMain --bootstrap-servers HOST:PORT --registry-url URL [--jdbc-url URL]"
          + " [--jdbc-user USER] [--jdbc-password PASSWORD] [--group-id ID] [--batch-size N]"
          + " [--poll-timeout-ms MS] [--data-dir DIR]");
      return;
    }
    SinkConfig config;
    try {
      config = parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("newswire sink: " + e.getMessage());
      System.exit(2);
      return;
    }
    SinkService service = new SinkService(config);
    // SIGTERM: stop after the batch in hand and close the store and clients before the JVM exits.
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "sink-shutdown"));
    try {
      service.run();
    } catch (RuntimeException e) {
      System.err.println("newswire sink failed: " + e);
      System.exit(1);
    }
  }

  /** The configuration from flags and environment; IllegalArgumentException with a one-line reason. */
  public static SinkConfig parse(String[] args, Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    FLAGS.forEach((flag, variable) -> {
      String v = env.get(variable);
      if (v != null && !v.isBlank()) {
        values.put(flag, v);
      }
    });
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!FLAGS.containsKey(flag)) {
        throw new IllegalArgumentException("unknown argument " + arg + " (try --help)");
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      values.put(flag, value);
    }
    String bootstrap = required(values, "--bootstrap-servers");
    String registry = required(values, "--registry-url");
    String jdbcUrl = values.getOrDefault("--jdbc-url",
        Store.defaultJdbcUrl(Path.of(values.getOrDefault("--data-dir", "data"))));
    return new SinkConfig(bootstrap, registry, jdbcUrl, values.get("--jdbc-user"), values.get("--jdbc-password"),
        values.get("--group-id"), positive(values, "--batch-size", SinkConfig.DEFAULT_BATCH_SIZE),
        Duration.ofMillis(positive(values, "--poll-timeout-ms", (int) SinkConfig.DEFAULT_POLL_TIMEOUT.toMillis())),
        Map.of());
  }

  private static String required(Map<String, String> values, String flag) {
    String v = values.get(flag);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(flag + " (or " + FLAGS.get(flag) + ") is required");
    }
    return v;
  }

  private static int positive(Map<String, String> values, String flag, int fallback) {
    String v = values.get(flag);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(flag + " must be a positive whole number, not '" + v + "'");
  }
}
