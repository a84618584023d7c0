package dev.newswire.sink.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
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
import java.util.stream.Collectors;

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
    // The sink's statements each touch a few rows by index; compiling one (planned on the estimates of
    // tables that grew since they were analysed) took longer than running it.
    // PostgreSQL 10 and older have no jit setting: there the block does nothing rather than refuse the connection.
    pool.setConnectionInitSql("DO $$ BEGIN PERFORM set_config('jit', 'off', false);"
        + " EXCEPTION WHEN undefined_object THEN NULL; END $$");
  }

  @Override
  public String forUpdate() {
    return " FOR UPDATE";
  }

  @Override
  public int idsPerStatement() {
    return 5_000;
  }

  @Override
  public String inList(int ids) {
    // One array, not a parameter per id: one statement text (planned once) whatever the count.
    return "= ANY (CAST(? AS TEXT[]))";
  }

  @Override
  public void bindIds(PreparedStatement statement, List<String> ids) throws SQLException {
    statement.setArray(1, statement.getConnection().createArrayOf("text", ids.toArray()));
  }

  @Override
  public int rowsPerStatement() {
    // One array per column, whatever the rows: the bound is only on the memory of one statement.
    return 5_000;
  }

  @Override
  public String rowsFrom(List<Column> columns, int rows) {
    // Arrays, not VALUES: one parameter per column, and the server unpacks them about twice as fast.
    return "unnest(" + columns.stream().map(c -> "CAST(? AS " + arrayType(c.type()) + ")").collect(Collectors.joining(", "))
        + ") AS v (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ")";
  }

  private static String arrayType(Column.Type type) {
    return switch (type) {
      case TEXT -> "TEXT[]";
      case INTEGER -> "INTEGER[]";
      case BOOLEAN -> "BOOLEAN[]";
      case TIMESTAMP -> "TIMESTAMPTZ[]";
      case DATE -> "DATE[]";
      case JSON -> "JSONB[]";
    };
  }

  @Override
  public void bindRows(PreparedStatement statement, List<Column> columns, List<Object[]> rows) throws SQLException {
    Connection c = statement.getConnection();
    for (int k = 0; k < columns.size(); k++) {
      Column.Type type = columns.get(k).type();
      Object[] values = switch (type) {
        case INTEGER -> new Integer[rows.size()];
        case BOOLEAN -> new Boolean[rows.size()];
        default -> new String[rows.size()];
      };
      for (int r = 0; r < rows.size(); r++) {
        Object value = rows.get(r)[k];
        // Captures are in milliseconds, which ISO-8601 text carries exactly.
        values[r] = type == Column.Type.TIMESTAMP && value != null ? value.toString() : value;
      }
      String element = switch (type) {
        case INTEGER -> "int4";
        case BOOLEAN -> "bool";
        default -> "text";
      };
      statement.setArray(k + 1, c.createArrayOf(element, values));
    }
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
