package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntFunction;

/** Rows written by statements over many rows each ({@link Dialect#upsertRows}), as many per statement as the dialect takes. */
final class RowChunks {
  private RowChunks() {}

  /**
   * Writes the rows (values in column order), a statement per chunk; returns the rows the statements
   * changed (inserted or updated).
   */
  static long write(Connection c, Dialect dialect, IntFunction<String> sqlForRows, List<Column> columns,
      List<Object[]> rows) throws SQLException {
    long changed = 0;
    int per = dialect.rowsPerStatement();
    PreparedStatement full = null;
    try {
      for (int from = 0; from < rows.size(); from += per) {
        List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + per));
        if (chunk.size() == per) {
          // Every full chunk is the same statement: compiled once per write, not once per chunk.
          if (full == null) {
            full = c.prepareStatement(sqlForRows.apply(per));
          }
          dialect.bindRows(full, columns, chunk);
          changed += full.executeUpdate();
        } else {
          try (PreparedStatement s = c.prepareStatement(sqlForRows.apply(chunk.size()))) {
            dialect.bindRows(s, columns, chunk);
            changed += s.executeUpdate();
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
    return changed;
  }
}
