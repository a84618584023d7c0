package dev.newswire.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the store holds, counted in PostgreSQL. */
record StoreCounts(long pages, long articles, long articleSightings, long teasers, long teaserSightings,
    long linkedTeasers) {

  static StoreCounts read(String jdbcUrl, String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM pages), (SELECT COUNT(*) FROM articles),"
             + " (SELECT COUNT(*) FROM article_sightings), (SELECT COUNT(*) FROM teasers),"
             + " (SELECT COUNT(*) FROM teaser_sightings), (SELECT COUNT(*) FROM teasers WHERE article_id IS NOT NULL)")) {
      rs.next();
      return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
  }
}
