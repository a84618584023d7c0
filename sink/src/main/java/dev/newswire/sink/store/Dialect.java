package dev.newswire.sink.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few things in which the supported databases differ. Everything else (tables, upserts, linking,
 * offsets) is one SQL path shared by all stores.
 */
public interface Dialect {

  /** Chooses the dialect from the JDBC URL. */
  static Dialect forUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return new SqliteDialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // The driver reads user:password@ as part of the host name and repeats it in every error.
      if (jdbcUrl.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0].contains("@")) {
        throw new IllegalArgumentException("the PostgreSQL driver takes no user:password@ in the address; give them "
            + "as --jdbc-user and NEWSWIRE_JDBC_PASSWORD: " + JdbcUrls.mask(jdbcUrl));
      }
      return new PostgresDialect();
    }
    throw new IllegalArgumentException("unsupported JDBC URL (want jdbc:sqlite: or jdbc:postgresql:): "
        + JdbcUrls.mask(jdbcUrl));
  }

  /** Name of the dialect's own Flyway migration folder. */
  String name();

  /** Column types for the shared migration: timestamp, date, json, row_id. */
  Map<String, String> columnTypes();

  /** Pool settings: connection pragmas, how writers lock each other out. */
  void configure(HikariConfig pool);

  /**
   * What a SELECT ends with to lock the rows it reads until the transaction ends; empty where a
   * writer holds the whole database anyway.
   */
  String forUpdate();

  void setTimestamp(PreparedStatement statement, int index, Instant time) throws SQLException;

  void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

  LocalDate getDate(ResultSet row, String column) throws SQLException;

  /**
   * A search over articles: parameters are the query (from {@link #searchQuery}), then the from and
   * to dates when asked for, then the limit. Columns: published, title, page_address, id.
   */
  String searchSql(boolean withWords, boolean withFrom, boolean withTo);

  /** The user's words as this database's full-text query, every word required. */
  String searchQuery(List<String> words);

  /**
   * Whether the failure is the database being unreachable or busy (wait and retry the same work)
   * rather than a statement it rejects (a bad row).
   */
  boolean isTransient(SQLException failure);

  /**
   * Insert, or update the listed columns when a row with the same key exists. Both supported
   * databases accept this ON CONFLICT form; a dialect without it overrides this and {@link #upsertRows}.
   */
  default String upsert(String table, List<String> columns, List<String> values, List<String> key,
      List<String> update) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", values) + ")" + onConflict(key, update, null);
  }

  /** The most ids one {@link #inList} takes. */
  int idsPerStatement();

  /** SQL that holds for a value equal to one of {@code ids} strings, bound by {@link #bindIds}. */
  String inList(int ids);

  /** Binds the ids to a statement with one {@link #inList} and no other parameters. */
  void bindIds(PreparedStatement statement, List<String> ids) throws SQLException;

  /** The most rows one statement over {@link #rowsFrom} takes. */
  int rowsPerStatement();

  /**
   * A FROM item {@code v} of {@code rows} rows with these columns, bound by {@link #bindRows}: the
   * server plans and runs one statement for them all, where a JDBC batch runs one per row.
   */
  String rowsFrom(List<Column> columns, int rows);

  /** Binds the rows (values in column order) to a statement over {@link #rowsFrom}, from its first parameter. */
  void bindRows(PreparedStatement statement, List<Column> columns, List<Object[]> rows) throws SQLException;

  /**
   * As {@link #upsert}, for many rows ({@link #rowsFrom}) in one statement. A row is neither inserted
   * nor updated unless {@code condition} holds, SQL without parameters that names the row's values as
   * {@code v.column}. With {@code onlyChanged} an existing row equal in every updated column is left
   * alone rather than rewritten: the same result, without the new row version, index entries or triggers.
   */
  default String upsertRows(String table, List<Column> columns, int rows, String condition, List<String> key,
      List<String> update, boolean onlyChanged) {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    // SQLite needs the WHERE to tell the SELECT's end from the upsert clause.
    return "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + rowsFrom(columns, rows)
        + " WHERE " + condition + onConflict(key, update, onlyChanged ? table : null);
  }

  private static String onConflict(List<String> key, List<String> update, String unlessEqualIn) {
    String set = update.isEmpty() ? "NOTHING"
        : "UPDATE SET " + update.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
    String where = unlessEqualIn == null || update.isEmpty() ? ""
        : " WHERE " + update.stream().map(c -> unlessEqualIn + "." + c + " IS DISTINCT FROM excluded." + c)
            .collect(Collectors.joining(" OR "));
    return " ON CONFLICT (" + String.join(", ", key) + ") DO " + set + where;
  }
}
