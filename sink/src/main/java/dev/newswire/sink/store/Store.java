package dev.newswire.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.newswire.schemas.avro.PageRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The article store: SQLite or PostgreSQL, chosen by the JDBC URL, its schema created and migrated by
 * Flyway when opened. Writes are transactions that carry the consumer's offsets with the rows.
 */
public final class Store implements AutoCloseable {
  private final HikariDataSource pool;
  private final Dialect dialect;
  private final RowWriter rows;
  private final RowReader reads;
  private final String maskedUrl;

  private Store(HikariDataSource pool, Dialect dialect, String maskedUrl) {
    this.pool = pool;
    this.dialect = dialect;
    this.rows = new RowWriter(dialect);
    this.reads = new RowReader(dialect);
    this.maskedUrl = maskedUrl;
  }

  /** The default store: a SQLite file in the data directory, no server needed. */
  public static String defaultJdbcUrl(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.resolve("newswire.db");
  }

  public static Store open(String jdbcUrl) {
    return open(jdbcUrl, null, null);
  }

  /**
   * Opens the store and brings its schema up to date.
   *
   * @throws StoreUnavailableException when the database cannot be reached (yet)
   */
  public static Store open(String jdbcUrl, String user, String password) {
    Dialect dialect = Dialect.forUrl(jdbcUrl);
    String masked = JdbcUrls.mask(jdbcUrl);
    createSqliteDirectory(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null && !user.isEmpty()) {
      config.setUsername(user);
    }
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    config.setPoolName("newswire-store");
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    // How long a write waits for a connection before it counts as the database being away.
    config.setConnectionTimeout(3_000);
    // Do not insist on a connection here: Flyway's first one tells unreachable from misconfigured.
    config.setInitializationFailTimeout(-1);
    dialect.configure(config);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.name())
          .placeholders(dialect.columnTypes())
          .load()
          .migrate();
      return new Store(pool, dialect, masked);
    } catch (FlywayException | IllegalStateException e) {
      pool.close();
      if (SqlFailures.anyMatches(e, dialect::isTransient)) {
        throw new StoreUnavailableException("database at " + masked + " unavailable: " + rootMessage(e), e);
      }
      throw e;
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The JDBC URL without any password, for logs. */
  public String maskedUrl() {
    return maskedUrl;
  }

  /** For tests of the stored rows; everything else reads through the methods below. */
  DataSource dataSource() {
    return pool;
  }

  /** Writes the batch without consumer offsets; rejected events are returned through the counts only. */
  public WriteCounts write(Batch batch) {
    return write(batch, null, rejected -> {});
  }

  /**
   * Writes the batch and moves the group's offsets in one transaction. Events the database refuses
   * are isolated one by one and handed to {@code beforeCommit} (with the unreadable ones) before the
   * commit: if it throws, nothing is committed.
   *
   * @throws StoreUnavailableException the database is unreachable or busy: retry the same batch
   * @throws OffsetConflictException another consumer moved an offset: re-read positions
   */
  public WriteCounts write(Batch batch, String group, Consumer<List<Rejected>> beforeCommit) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        moveOffsets(c, group, batch);
        List<Rejected> rejected = new ArrayList<>(batch.unreadable());
        WriteCounts counts = writeRows(c, batch, rejected);
        if (!rejected.isEmpty()) {
          beforeCommit.accept(rejected);
        }
        c.commit();
        return counts.plus(new WriteCounts(0, 0, 0, rejected.size(), 0, 0));
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      if (dialect.isTransient(e)) {
        throw new StoreUnavailableException("database at " + maskedUrl + " unavailable: " + rootMessage(e), e);
      }
      throw new IllegalStateException("write to " + maskedUrl + " failed: " + e.getMessage(), e);
    }
  }

  private WriteCounts writeRows(Connection c, Batch batch, List<Rejected> rejected) throws SQLException {
    Savepoint start = c.setSavepoint();
    try {
      return rows.write(c, batch);
    } catch (SQLException | RuntimeException e) {
      if (e instanceof SQLException sql && dialect.isTransient(sql)) {
        throw sql;
      }
      c.rollback(start);
    }
    // Something in the batch is refused: write event by event to find out which.
    WriteCounts counts = WriteCounts.NONE;
    for (Batch.Single single : batch.singles()) {
      Savepoint before = c.setSavepoint();
      try {
        counts = counts.plus(rows.write(c, single.batch()));
        c.releaseSavepoint(before);
      } catch (SQLException | RuntimeException e) {
        if (e instanceof SQLException sql && dialect.isTransient(sql)) {
          throw sql;
        }
        c.rollback(before);
        rejected.add(Rejected.of(single.source(), single.address(), e));
      }
    }
    return counts;
  }

  private void moveOffsets(Connection c, String group, Batch batch) throws SQLException {
    if (batch.offsets().isEmpty()) {
      return;
    }
    String insert = dialect.upsert("sink_offsets", List.of("consumer_group", "topic", "\"partition\"", "next_offset"),
        List.of("?", "?", "?", "?"), List.of("consumer_group", "topic", "\"partition\""), List.of());
    try (PreparedStatement first = c.prepareStatement(insert);
        PreparedStatement move = c.prepareStatement("UPDATE sink_offsets SET next_offset = ?"
            + " WHERE consumer_group = ? AND topic = ? AND \"partition\" = ? AND next_offset = ?")) {
      for (Map.Entry<TopicPartition, OffsetMove> e : batch.offsets().entrySet()) {
        TopicPartition tp = e.getKey();
        OffsetMove m = e.getValue();
        int changed;
        if (m.expected() == null) {
          first.setString(1, group);
          first.setString(2, tp.topic());
          first.setInt(3, tp.partition());
          first.setLong(4, m.next());
          changed = first.executeUpdate();
        } else {
          move.setLong(1, m.next());
          move.setString(2, group);
          move.setString(3, tp.topic());
          move.setInt(4, tp.partition());
          move.setLong(5, m.expected());
          changed = move.executeUpdate();
        }
        if (changed != 1) {
          throw new OffsetConflictException(tp);
        }
      }
    }
  }

  /** The group's stored next offsets for those of the partitions it has any for. */
  public Map<TopicPartition, Long> offsets(String group, Collection<TopicPartition> partitions) {
    Map<TopicPartition, Long> out = new HashMap<>();
    query(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT topic, \"partition\", next_offset FROM sink_offsets WHERE consumer_group = ?")) {
        s.setString(1, group);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            TopicPartition tp = new TopicPartition(r.getString(1), r.getInt(2));
            if (partitions.contains(tp)) {
              out.put(tp, r.getLong(3));
            }
          }
        }
      }
      return null;
    });
    return out;
  }

  /** Whether the database answers: a pooled connection that passes the driver's validity check. */
  public boolean answers() {
    try {
      return query(c -> c.isValid(2));
    } catch (RuntimeException e) {
      return false;
    }
  }

  public StoreCounts counts() {
    return query(c -> {
      long[] n = new long[6];
      String[] sql = {"SELECT count(*) FROM pages", "SELECT count(*) FROM articles", "SELECT count(*) FROM teasers",
          "SELECT count(*) FROM teaser_sightings", "SELECT count(*) FROM teasers WHERE article_id IS NOT NULL",
          "SELECT count(*) FROM article_sightings"};
      try (Statement s = c.createStatement()) {
        for (int i = 0; i < sql.length; i++) {
          try (ResultSet r = s.executeQuery(sql[i])) {
            r.next();
            n[i] = r.getLong(1);
          }
        }
      }
      return new StoreCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    });
  }

  /**
   * The pages whose latest applied parse is the one given (its page-parsed event written), with what
   * they hold; pages not stored, or stored by another parse (the previous one, on a replay), are absent.
   *
   * @throws StoreUnavailableException the database is unreachable or busy: ask again later
   */
  public Map<String, StoredPage> storedPages(Collection<PageRef> parses) {
    return parses.isEmpty() ? Map.of() : query(c -> reads.storedPages(c, parses));
  }

  /** The articles, teasers and sightings of these pages, the first {@code listAtMost} articles in full, in page order. */
  public PagesSummary summarize(List<String> addresses, int listAtMost) {
    return query(c -> reads.summarize(c, addresses, listAtMost));
  }

  /**
   * Articles containing every one of the words (stemmed; none: all articles), published within the
   * dates when given (inclusive), newest first.
   */
  public List<SearchHit> search(String words, LocalDate from, LocalDate to, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a search returns at least 1 hit, not " + limit);
    }
    for (LocalDate bound : new LocalDate[] {from, to}) {
      if (bound != null && (bound.getYear() < 1 || bound.getYear() > 9999)) {
        throw new IllegalArgumentException("search dates are years 1 to 9999, not " + bound);
      }
    }
    List<String> terms = words == null ? List.of()
        : Arrays.stream(words.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    String sql = dialect.searchSql(!terms.isEmpty(), from != null, to != null);
    return query(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int i = 0;
        if (!terms.isEmpty()) {
          s.setString(++i, dialect.searchQuery(terms));
        }
        if (from != null) {
          dialect.setDate(s, ++i, from);
        }
        if (to != null) {
          dialect.setDate(s, ++i, to);
        }
        s.setInt(++i, limit);
        List<SearchHit> hits = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            hits.add(new SearchHit(dialect.getDate(r, "published"), r.getString("title"),
                r.getString("page_address"), r.getString("id")));
          }
        }
        return hits;
      }
    });
  }

  @Override
  public void close() {
    pool.close();
  }

  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T query(Query<T> query) {
    try (Connection c = pool.getConnection()) {
      return query.run(c);
    } catch (SQLException e) {
      if (dialect.isTransient(e)) {
        throw new StoreUnavailableException("database at " + maskedUrl + " unavailable: " + rootMessage(e), e);
      }
      throw new IllegalStateException("query on " + maskedUrl + " failed: " + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the pool discards it and the server drops the transaction.
    }
  }

  private static void createSqliteDirectory(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:sqlite:") || jdbcUrl.contains(":memory:")) {
      return;
    }
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    Path parent = Path.of(query >= 0 ? file.substring(0, query) : file).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + parent, e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
