package dev.newswire.sink.store;

import dev.newswire.testkit.TestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Against the PostgreSQL server of this machine, in a schema of its own per test. */
class PostgresStoreTest extends StoreContract {
  private final TestSchema schema = new TestSchema();

  @BeforeEach
  @Override
  void open() {
    schema.create();
    super.open();
  }

  @AfterEach
  void dropSchema() {
    store.close();
    store = null;
    schema.drop();
  }

  @Override
  String jdbcUrl() {
    return schema.jdbcUrl();
  }

  @Override
  String user() {
    return TestSchema.USER;
  }
}
