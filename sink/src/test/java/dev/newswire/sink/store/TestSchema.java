package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A schema of its own on the local PostgreSQL, so parallel test runs do not see each other's rows. */
public final class TestSchema {
  public static final String SERVER = System.getProperty("newswire.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = System.getProperty("newswire.test.postgres.user", "postgres");

  private final String name = "sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  public String jdbcUrl() {
    return SERVER + "?currentSchema=" + name;
  }

  public void create() {
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
