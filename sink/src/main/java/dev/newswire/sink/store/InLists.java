package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Statements over many ids in one IN list: one round trip per chunk of ids, where a JDBC batch would
 * still run one statement per id on the server. Chunks stay well below both databases' parameter limits.
 */
final class InLists {
  static final int CHUNK = 500;

  private InLists() {}

  interface Rows {
    void row(ResultSet row) throws SQLException;
  }

  private interface Run {
    void run(PreparedStatement statement) throws SQLException;
  }

  /** Runs the update once per chunk, its {@code %s} replaced by the chunk's placeholders. */
  static void update(Connection c, String sqlWithInList, Collection<String> ids) throws SQLException {
    eachChunk(c, sqlWithInList, ids, PreparedStatement::executeUpdate);
  }

  /** Runs the query once per chunk, its {@code %s} replaced by the chunk's placeholders, every row to {@code rows}. */
  static void query(Connection c, String sqlWithInList, Collection<String> ids, Rows rows) throws SQLException {
    eachChunk(c, sqlWithInList, ids, s -> {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.row(r);
        }
      }
    });
  }

  private static void eachChunk(Connection c, String sqlWithInList, Collection<String> ids, Run run)
      throws SQLException {
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String sql = String.format(sqlWithInList, String.join(", ", Collections.nCopies(chunk.size(), "?")));
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        run.run(s);
      }
    }
  }
}
