package dev.newswire.app;

import dev.newswire.sink.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which store: a JDBC URL, by default the SQLite file in the data directory. */
final class StoreOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSWIRE_DATA_DIR:-data}",
      description = "Where local data lives (env NEWSWIRE_DATA_DIR; default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", paramLabel = "URL", converter = Arguments.JdbcUrl.class, defaultValue = "${env:NEWSWIRE_JDBC_URL}",
      description = "Store: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (env NEWSWIRE_JDBC_URL; "
          + "default: SQLite file newswire.db in the data directory).")
  String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "${env:NEWSWIRE_JDBC_USER}",
      description = "Database user (env NEWSWIRE_JDBC_USER).")
  String user;

  @Option(names = "--jdbc-password", paramLabel = "PASSWORD", defaultValue = "${env:NEWSWIRE_JDBC_PASSWORD}",
      description = "Database password; prefer the env NEWSWIRE_JDBC_PASSWORD. Never logged.")
  String password;

  String jdbcUrl() {
    return jdbcUrl != null && !jdbcUrl.isBlank() ? jdbcUrl : Store.defaultJdbcUrl(dataDir);
  }

  Store open() {
    return Store.open(jdbcUrl(), user, password);
  }
}
