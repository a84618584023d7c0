package dev.newswire.sink.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir
  Path dir;

  @Override
  String jdbcUrl() {
    return Store.defaultJdbcUrl(dir);
  }
}
