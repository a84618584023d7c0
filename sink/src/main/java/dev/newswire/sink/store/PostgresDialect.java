package dev.newswire.sink.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** PostgreSQL: real date, timestamp and JSONB columns, text search through a tsvector. */
final class PostgresDialect implements Dialect {

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public Map<String, String> columnTypes() {
    return Map.of("timestamp", "TIMESTAMPTZ", "date", "DATE", "json", "JSONB",
        "row_id", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
  }

  @Override
  public void configure(HikariConfig pool) {
    // Writers lock out each other per partition through the row lock of their sink_offsets UPDATE,
    // which is the first statement of every write, so nothing more is needed here.
    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
  }

  @Override
  public String forUpdate() {
    return " FOR UPDATE";
  }

  @Override
  public String dateParam() {
    return "CAST(? AS DATE)";
  }

  @Override
  public String jsonParam() {
    return "CAST(? AS JSONB)";
  }

  @Override
  public void setTimestamp(PreparedStatement statement, int index, Instant time) throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
    }
  }

  @Override
  public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    statement.setObject(index, date);
  }

  @Override
  public LocalDate getDate(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }

  @Override
  public String searchSql(boolean withWords, boolean withFrom, boolean withTo) {
    return "SELECT a.published, a.title, a.page_address, a.id FROM articles a WHERE TRUE"
        + (withWords ? " AND a.search @@ plainto_tsquery('english', ?)" : "")
        + (withFrom ? " AND a.published >= ?" : "")
        + (withTo ? " AND a.published <= ?" : "")
        + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?";
  }

  @Override
  public String searchQuery(List<String> words) {
    return String.join(" ", words);
  }

  @Override
  public boolean isTransient(SQLException failure) {
    return SqlFailures.anyMatches(failure, e -> {
      String state = e.getSQLState();
      // Connection lost, server shutting down or starting, out of resources, serialisation or
      // deadlock victim: none of these is the row's fault.
      return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
          || state.equals("40001") || state.equals("40P01"));
    });
  }
}
