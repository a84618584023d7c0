package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Statements over many ids in one list ({@link Dialect#inList}): one round trip per chunk of ids, where a
 * JDBC batch would still run one statement per id on the server.
 */
final class InLists {
  private static final String LIST = "IN (%s)";

  private InLists() {}

  interface Rows {
    void row(ResultSet row) throws SQLException;
  }

  private interface Run {
    void run(PreparedStatement statement) throws SQLException;
  }

  /** Runs the update once per chunk, its {@code IN (%s)} replaced by the chunk's list. */
  static void update(Dialect dialect, Connection c, String sqlWithInList, Collection<String> ids) throws SQLException {
    eachChunk(dialect, c, sqlWithInList, ids, PreparedStatement::executeUpdate);
  }

  /** Runs the query once per chunk, its {@code IN (%s)} replaced by the chunk's list, every row to {@code rows}. */
  static void query(Dialect dialect, Connection c, String sqlWithInList, Collection<String> ids, Rows rows)
      throws SQLException {
    eachChunk(dialect, c, sqlWithInList, ids, s -> {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.row(r);
        }
      }
    });
  }

  private static void eachChunk(Dialect dialect, Connection c, String sqlWithInList, Collection<String> ids, Run run)
      throws SQLException {
    if (!sqlWithInList.contains(LIST)) {
      throw new IllegalArgumentException("no " + LIST + " in " + sqlWithInList);
    }
    List<String> all = new ArrayList<>(ids);
    int per = dialect.idsPerStatement();
    PreparedStatement full = null;
    try {
      for (int from = 0; from < all.size(); from += per) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + per));
        if (chunk.size() == per) {
          // Every full chunk is the same statement: compiled once per call, not once per chunk.
          if (full == null) {
            full = c.prepareStatement(sqlWithInList.replace(LIST, dialect.inList(per)));
          }
          dialect.bindIds(full, chunk);
          run.run(full);
        } else {
          try (PreparedStatement s = c.prepareStatement(sqlWithInList.replace(LIST, dialect.inList(chunk.size())))) {
            dialect.bindIds(s, chunk);
            run.run(s);
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }
}
