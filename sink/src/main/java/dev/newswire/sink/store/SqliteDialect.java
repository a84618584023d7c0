package dev.newswire.sink.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** SQLite: the default store, a single file, no server. Dates and times are ISO-8601 text. */
final class SqliteDialect implements Dialect {
  // Fixed width, so text order is time order.
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  // Primary result codes: busy, locked, out of memory, I/O error, disk full, cannot open.
  private static final List<Integer> TRANSIENT_CODES = List.of(5, 6, 7, 10, 13, 14);

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public Map<String, String> columnTypes() {
    return Map.of("timestamp", "TEXT", "date", "TEXT", "json", "TEXT",
        "row_id", "INTEGER PRIMARY KEY");
  }

  @Override
  public void configure(HikariConfig pool) {
    // WAL lets searches read while the sink writes; synchronous=NORMAL in WAL still survives a killed
    // process (only an OS crash can lose the newest commits, and their offsets with them).
    pool.addDataSourceProperty("journal_mode", "WAL");
    pool.addDataSourceProperty("synchronous", "NORMAL");
    pool.addDataSourceProperty("foreign_keys", "true");
    pool.addDataSourceProperty("busy_timeout", "10000");
    // A writer takes the database lock when its transaction begins: two sinks on one file then
    // queue instead of failing half-way with SQLITE_BUSY on the first write.
    pool.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    // A statement that can fail half-way (an upsert, an FTS5 merge) keeps the pages it changes in a statement
    // journal, a temporary file once past 64 KiB: on a first 200,000-page run the sink thread spent more CPU in
    // the kernel writing those files (41.6 s) than in its own code (38.0 s). Kept in memory, the run's kernel
    // time fell from 41-50 s to 18-25 s and the run took 81-107 s instead of 97-123; the JVM's peak RSS rose
    // from 1.41-1.51 to 1.74-1.80 GB, reached in the first minute and flat after.
    pool.addDataSourceProperty("temp_store", "MEMORY");
    // A checkpoint copies every page the WAL holds back into the database; every 64 MiB of WAL instead of
    // SQLite's 4 MiB, a page changed by many transactions is copied once instead of many times.
    pool.setConnectionInitSql("PRAGMA wal_autocheckpoint = 16384");
  }

  @Override
  public String forUpdate() {
    // Transactions begin IMMEDIATE: the writer already holds the database.
    return "";
  }

  @Override
  public int idsPerStatement() {
    return 500;
  }

  @Override
  public String inList(int ids) {
    return "IN (" + String.join(", ", Collections.nCopies(ids, "?")) + ")";
  }

  @Override
  public void bindIds(PreparedStatement statement, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setString(i + 1, ids.get(i));
    }
  }

  @Override
  public int rowsPerStatement() {
    // 250 rows of the widest table stay far below SQLite's 32,766 parameters.
    return 250;
  }

  @Override
  public String rowsFrom(List<Column> columns, int rows) {
    // The columns of VALUES are column1, column2...: the SELECT names them.
    StringBuilder named = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      named.append(i == 0 ? "" : ", ").append("column").append(i + 1).append(" AS ").append(columns.get(i).name());
    }
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    return "(SELECT " + named + " FROM (VALUES " + String.join(", ", Collections.nCopies(rows, row)) + ")) AS v";
  }

  @Override
  public void bindRows(PreparedStatement statement, List<Column> columns, List<Object[]> rows) throws SQLException {
    int i = 0;
    for (Object[] row : rows) {
      for (int k = 0; k < row.length; k++) {
        Object value = row[k];
        i++;
        if (value == null) {
          statement.setNull(i, Types.VARCHAR);
          continue;
        }
        switch (columns.get(k).type()) {
          case INTEGER -> statement.setInt(i, (Integer) value);
          case BOOLEAN -> statement.setBoolean(i, (Boolean) value);
          case TIMESTAMP -> setTimestamp(statement, i, (Instant) value);
          default -> statement.setString(i, (String) value);
        }
      }
    }
  }

  @Override
  public void setTimestamp(PreparedStatement statement, int index, Instant time) throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, timestamp(time));
    }
  }

  /**
   * The time as {@link #TIMESTAMP} prints it: by hand for the years 1-9999, through the formatter for any
   * other (to it year 0 is 1 BCE). The formatter was a sixth of the sink's time; every sighting has a time.
   */
  static String timestamp(Instant time) {
    long seconds = time.getEpochSecond();
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 1 || year > 9999) {
      return TIMESTAMP.format(time);
    }
    char[] out = new char[24];
    digits(out, 0, year, 4);
    out[4] = '-';
    digits(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, t.getHour(), 2);
    out[13] = ':';
    digits(out, 14, t.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, t.getSecond(), 2);
    out[19] = '.';
    digits(out, 20, time.getNano() / 1_000_000, 3);
    out[23] = 'Z';
    return new String(out);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  @Override
  public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
    statement.setString(index, date.toString());
  }

  @Override
  public LocalDate getDate(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  @Override
  public String searchSql(boolean withWords, boolean withFrom, boolean withTo) {
    return "SELECT a.published, a.title, a.page_address, a.id FROM articles a WHERE 1 = 1"
        + (withWords ? " AND a.row_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" : "")
        // As dates, not text: date() is NULL for anything that is not one, which then matches nothing.
        + (withFrom ? " AND date(a.published) >= date(?)" : "")
        + (withTo ? " AND date(a.published) <= date(?)" : "")
        + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?";
  }

  @Override
  public String searchQuery(List<String> words) {
    // Each word quoted, so FTS5 operators and punctuation in the user's text are taken literally.
    return words.stream().map(w -> '"' + w.replace("\"", "\"\"") + '"').collect(Collectors.joining(" "));
  }

  @Override
  public boolean isTransient(SQLException failure) {
    return SqlFailures.anyMatches(failure, e -> TRANSIENT_CODES.contains(e.getErrorCode() & 0xff));
  }
}
