package dev.newswire.sink.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Looks through a failure's causes (and JDBC's chained "next" exceptions) for a reason to retry. */
final class SqlFailures {
  private SqlFailures() {}

  static boolean anyMatches(Throwable failure, Predicate<SQLException> test) {
    for (SQLException e : sqlExceptionsIn(failure)) {
      if (e instanceof SQLTransientException || e instanceof SQLRecoverableException || test.test(e)) {
        return true;
      }
    }
    return false;
  }

  private static List<SQLException> sqlExceptionsIn(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    for (Throwable t = failure; t != null && found.size() < 20; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException next = sql; next != null && found.size() < 20; next = next.getNextException()) {
          found.add(next);
          if (next.getCause() instanceof SQLException nested && nested != next) {
            found.add(nested);
          }
        }
      }
    }
    return found;
  }
}
