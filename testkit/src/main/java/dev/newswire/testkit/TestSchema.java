package dev.newswire.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** A schema of its own on the local PostgreSQL, so parallel test runs do not see each other's rows. */
public final class TestSchema {
  public static final String SERVER = System.getProperty("newswire.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = System.getProperty("newswire.test.postgres.user", "postgres");

  private final String name = "sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  public String jdbcUrl() {
    return SERVER + "?currentSchema=" + name;
  }

  /**
   * Creates the schema. Where no PostgreSQL answers (a newcomer's laptop) the calling test is reported
   * as skipped, never as passed; CI sets NEWSWIRE_REQUIRE_POSTGRES=true, which makes it a failure.
   */
  public void create() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, null)) {
      c.isValid(2);
    } catch (SQLException e) {
      if (!"true".equalsIgnoreCase(System.getenv("NEWSWIRE_REQUIRE_POSTGRES"))) {
        Assumptions.abort("no PostgreSQL at " + SERVER + " (" + e.getMessage() + "); skipped");
      }
    }
    run("CREATE SCHEMA " + name);
  }

  public void drop() {
    run("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  private void run(String sql) {
    try (Connection c = DriverManager.getConnection(SERVER, USER, null); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + SERVER + " as " + USER + ": " + e.getMessage(), e);
    }
  }
}
