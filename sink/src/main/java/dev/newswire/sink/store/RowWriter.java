package dev.newswire.sink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one SQL path by which events reach the tables, whatever the database. Works inside the
 * caller's transaction and never commits.
 *
 * <p>Order within a write: pages, then page-parsed events (record the parse, delete stale articles),
 * then articles (skipping those from a superseded parse), teasers, sightings, and last the links
 * between teasers and articles from both sides, so a link is made whichever arrived first.
 */
final class RowWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Links a teaser to an article when the teaser's link is the article's page, or when it has the
  // article's date and its snippet starts the article's body (indexed on the 60-character key).
  private static final String MATCHES = "(teasers.link = a.page_address OR (teasers.date = a.published"
      + " AND teasers.lead_key = a.lead_key"
      + " AND substr(a.lead_text, 1, length(teasers.snippet_key)) = teasers.snippet_key))";

  private final Dialect dialect;
  private final String insertPage;
  private final String insertParse;
  private final String upsertArticle;
  private final String upsertTeaser;
  private final String upsertSighting;
  private final String linkFromArticle;
  private final String linkFromTeaser;

  RowWriter(Dialect dialect) {
    this.dialect = dialect;
    String date = dialect.dateParam();
    String json = dialect.jsonParam();
    insertPage = dialect.upsert("pages", List.of("address", "captured_at", "layout", "parser_version"),
        List.of("?", "?", "?", "?"), List.of("address"), List.of());
    insertParse = dialect.upsert("page_parses", List.of("page_address", "parse_key"), List.of("?", "?"),
        List.of("page_address", "parse_key"), List.of());
    List<String> articleColumns = List.of("id", "page_address", "index_on_page", "title", "published",
        "published_source", "dates_disagree", "dates", "dateline_place", "dateline_date", "body", "warnings",
        "parser_version", "parse_key", "lead_key", "lead_text");
    // INSERT ... SELECT so that an article of a superseded parse (known to page_parses, but not the
    // page's latest) is skipped, not written over the newer one.
    upsertArticle = "INSERT INTO articles (" + String.join(", ", articleColumns) + ")"
        + " SELECT ?, ?, ?, ?, " + date + ", ?, ?, " + json + ", ?, " + date + ", ?, " + json + ", ?, ?, ?, ?"
        + " WHERE NOT EXISTS (SELECT 1 FROM page_parses pp JOIN pages p ON p.address = pp.page_address"
        + " WHERE pp.page_address = ? AND pp.parse_key = ? AND p.parse_key <> ?)"
        + " ON CONFLICT (id) DO UPDATE SET "
        + String.join(", ", articleColumns.subList(1, articleColumns.size()).stream()
            .map(c -> c + " = excluded." + c).toList());
    upsertTeaser = dialect.upsert("teasers",
        List.of("id", "title", "text", "date", "date_raw", "dateline_place", "link", "lead_key", "snippet_key"),
        List.of("?", "?", "?", date, "?", "?", "?", "?", "?"), List.of("id"),
        List.of("title", "text", "date", "date_raw", "dateline_place", "link", "lead_key", "snippet_key"));
    // As for articles: a sighting from a superseded parse of its page is skipped.
    upsertSighting = "INSERT INTO teaser_sightings (teaser_id, page_address, position, seen_at, parse_key)"
        + " SELECT ?, ?, ?, ?, ?"
        + " WHERE NOT EXISTS (SELECT 1 FROM page_parses pp JOIN pages p ON p.address = pp.page_address"
        + " WHERE pp.page_address = ? AND pp.parse_key = ? AND p.parse_key <> ?)"
        + " ON CONFLICT (teaser_id, page_address) DO UPDATE SET position = excluded.position,"
        + " seen_at = excluded.seen_at, parse_key = excluded.parse_key";
    linkFromArticle = "UPDATE teasers SET article_id = a.id FROM articles a"
        + " WHERE a.id IN (%s) AND teasers.article_id IS NULL AND " + MATCHES;
    linkFromTeaser = "UPDATE teasers SET article_id = COALESCE("
        + "(SELECT a.id FROM articles a WHERE a.page_address = teasers.link ORDER BY a.index_on_page, a.id LIMIT 1),"
        + " (SELECT a.id FROM articles a WHERE a.published = teasers.date AND a.lead_key = teasers.lead_key"
        + " AND substr(a.lead_text, 1, length(teasers.snippet_key)) = teasers.snippet_key ORDER BY a.id LIMIT 1))"
        + " WHERE id IN (%s) AND article_id IS NULL";
  }

  WriteCounts write(Connection c, Batch batch) throws SQLException {
    insertPages(c, batch);
    long staleDeleted = applyParses(c, batch.pagesParsed());
    // Within one batch the last event for a key wins, as if they had been written one by one;
    // PostgreSQL would refuse one multi-row upsert touching a row twice.
    Map<String, Sourced<Article>> articles = lastById(batch.articles(), a -> a.event().getId());
    Map<String, Sourced<Teaser>> teasers = lastById(batch.teasers(), t -> t.event().getId());
    Map<String, Sourced<Teaser>> sightings =
        lastById(batch.teasers(), t -> t.event().getId() + '\n' + t.event().getPage().getAddress());
    long written = upsertArticles(c, articles.values());
    upsertTeasers(c, teasers.values());
    upsertSightings(c, sightings.values());
    // A teaser whose only sighting was skipped as superseded must not stay behind without one.
    removeUnseen(c, teasers.keySet());
    runForIds(c, linkFromArticle, articles.keySet());
    runForIds(c, linkFromTeaser, teasers.keySet());
    return new WriteCounts(written, batch.teasers().size(), batch.pagesParsed().size(), 0,
        articles.size() - written, staleDeleted);
  }

  private void insertPages(Connection c, Batch batch) throws SQLException {
    Map<String, PageRef> pages = new LinkedHashMap<>();
    batch.articles().forEach(a -> pages.putIfAbsent(a.event().getPage().getAddress(), a.event().getPage()));
    batch.teasers().forEach(t -> pages.putIfAbsent(t.event().getPage().getAddress(), t.event().getPage()));
    batch.pagesParsed().forEach(p -> pages.putIfAbsent(p.event().getPage().getAddress(), p.event().getPage()));
    try (PreparedStatement s = c.prepareStatement(insertPage)) {
      for (PageRef page : pages.values()) {
        s.setString(1, page.getAddress());
        dialect.setTimestamp(s, 2, page.getCapturedAt());
        s.setString(3, page.getLayout());
        s.setString(4, page.getParserVersion());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Records each parse as its page's latest and deletes the page's articles that the page's last
   * parse in the batch no longer lists. Statements are batched: one round trip each, not per page.
   */
  private long applyParses(Connection c, List<Sourced<PageParsed>> parses) throws SQLException {
    if (parses.isEmpty()) {
      return 0;
    }
    Map<String, Set<String>> listedByPage = new LinkedHashMap<>();
    Map<String, Set<String>> teasersByPage = new LinkedHashMap<>();
    try (PreparedStatement page = c.prepareStatement("UPDATE pages SET captured_at = ?, layout = ?,"
            + " parser_version = ?, last_parsed_at = ?, parse_key = ? WHERE address = ?");
        PreparedStatement history = c.prepareStatement(insertParse)) {
      for (Sourced<PageParsed> sourced : parses) {
        PageRef ref = sourced.event().getPage();
        dialect.setTimestamp(page, 1, ref.getCapturedAt());
        page.setString(2, ref.getLayout());
        page.setString(3, ref.getParserVersion());
        dialect.setTimestamp(page, 4, sourced.source().timestamp());
        page.setString(5, ParseKey.of(ref));
        page.setString(6, ref.getAddress());
        page.addBatch();
        history.setString(1, ref.getAddress());
        history.setString(2, ParseKey.of(ref));
        history.addBatch();
        listedByPage.put(ref.getAddress(), new HashSet<>(sourced.event().getArticleIds()));
        teasersByPage.put(ref.getAddress(), new HashSet<>(sourced.event().getTeaserIds()));
      }
      page.executeBatch();
      history.executeBatch();
    }
    // Only articles of parses already seen can be stale: one from a newer parse, read before its
    // page-parsed event, stays.
    List<String> stale = new ArrayList<>();
    List<String> addresses = new ArrayList<>(listedByPage.keySet());
    for (int from = 0; from < addresses.size(); from += 500) {
      List<String> chunk = addresses.subList(from, Math.min(addresses.size(), from + 500));
      try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.page_address FROM articles a"
          + " WHERE a.page_address IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
          + " AND a.parse_key IN (SELECT pp.parse_key FROM page_parses pp WHERE pp.page_address = a.page_address)")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            if (!listedByPage.get(rows.getString(2)).contains(rows.getString(1))) {
              stale.add(rows.getString(1));
            }
          }
        }
      }
    }
    removeStaleSightings(c, teasersByPage);
    if (stale.isEmpty()) {
      return 0;
    }
    Set<String> orphaned = new LinkedHashSet<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM teasers WHERE article_id = ?")) {
      for (String id : stale) {
        s.setString(1, id);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            orphaned.add(rows.getString(1));
          }
        }
      }
    }
    runBatch(c, "UPDATE teasers SET article_id = NULL WHERE article_id = ?", stale);
    runBatch(c, "DELETE FROM articles WHERE id = ?", stale);
    // The teasers may announce another article that is in the store: the one that replaced it.
    runForIds(c, linkFromTeaser, orphaned);
    return stale.size();
  }

  /**
   * Deletes the sightings that a known parse of each page produced and its latest parse no longer
   * lists, then the teasers no page shows any more: a replay converges for teasers as for articles.
   */
  private static void removeStaleSightings(Connection c, Map<String, Set<String>> listedByPage) throws SQLException {
    List<String[]> stale = new ArrayList<>();
    List<String> addresses = new ArrayList<>(listedByPage.keySet());
    for (int from = 0; from < addresses.size(); from += 500) {
      List<String> chunk = addresses.subList(from, Math.min(addresses.size(), from + 500));
      try (PreparedStatement s = c.prepareStatement("SELECT v.teaser_id, v.page_address FROM teaser_sightings v"
          + " WHERE v.page_address IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
          + " AND v.parse_key IN (SELECT pp.parse_key FROM page_parses pp WHERE pp.page_address = v.page_address)")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            if (!listedByPage.get(rows.getString(2)).contains(rows.getString(1))) {
              stale.add(new String[] {rows.getString(1), rows.getString(2)});
            }
          }
        }
      }
    }
    if (stale.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM teaser_sightings WHERE teaser_id = ? AND page_address = ?");
         PreparedStatement orphan = c.prepareStatement("DELETE FROM teasers WHERE id = ?"
             + " AND NOT EXISTS (SELECT 1 FROM teaser_sightings v WHERE v.teaser_id = ?)")) {
      for (String[] sighting : stale) {
        delete.setString(1, sighting[0]);
        delete.setString(2, sighting[1]);
        delete.addBatch();
      }
      delete.executeBatch();
      for (String[] sighting : stale) {
        orphan.setString(1, sighting[0]);
        orphan.setString(2, sighting[0]);
        orphan.addBatch();
      }
      orphan.executeBatch();
    }
  }

  private static void removeUnseen(Connection c, Set<String> teaserIds) throws SQLException {
    if (teaserIds.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM teasers WHERE id = ?"
        + " AND NOT EXISTS (SELECT 1 FROM teaser_sightings v WHERE v.teaser_id = ?)")) {
      for (String id : teaserIds) {
        s.setString(1, id);
        s.setString(2, id);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private long upsertArticles(Connection c, Iterable<Sourced<Article>> articles) throws SQLException {
    long written = 0;
    try (PreparedStatement s = c.prepareStatement(upsertArticle)) {
      boolean any = false;
      for (Sourced<Article> sourced : articles) {
        Article a = sourced.event();
        String lead = LeadKey.articleLead(a.getBody());
        String parseKey = ParseKey.of(a.getPage());
        int i = 0;
        s.setString(++i, a.getId());
        s.setString(++i, a.getPage().getAddress());
        s.setInt(++i, a.getIndexOnPage());
        s.setString(++i, a.getTitle());
        s.setString(++i, a.getPublished());
        s.setString(++i, a.getPublishedSource());
        s.setBoolean(++i, a.getDatesDisagree());
        s.setString(++i, datesJson(a.getDates()));
        s.setString(++i, a.getDatelinePlace());
        s.setString(++i, a.getDatelineDate());
        s.setString(++i, a.getBody());
        s.setString(++i, json(a.getWarnings()));
        s.setString(++i, a.getPage().getParserVersion());
        s.setString(++i, parseKey);
        setNullable(s, ++i, LeadKey.key(lead));
        s.setString(++i, lead);
        s.setString(++i, a.getPage().getAddress());
        s.setString(++i, parseKey);
        s.setString(++i, parseKey);
        s.addBatch();
        any = true;
      }
      if (any) {
        for (int count : s.executeBatch()) {
          // SUCCESS_NO_INFO (-2) means written: a driver that cannot count did not skip.
          written += count == 0 ? 0 : 1;
        }
      }
    }
    return written;
  }

  private void upsertTeasers(Connection c, Iterable<Sourced<Teaser>> teasers) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(upsertTeaser)) {
      for (Sourced<Teaser> sourced : teasers) {
        Teaser t = sourced.event();
        String snippet = LeadKey.teaserSnippet(t.getText());
        int i = 0;
        s.setString(++i, t.getId());
        s.setString(++i, t.getTitle());
        s.setString(++i, t.getText());
        s.setString(++i, t.getDate());
        s.setString(++i, t.getDateRaw());
        s.setString(++i, t.getDatelinePlace());
        s.setString(++i, t.getLink());
        setNullable(s, ++i, LeadKey.key(snippet));
        setNullable(s, ++i, snippet);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void upsertSightings(Connection c, Iterable<Sourced<Teaser>> sightings) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(upsertSighting)) {
      for (Sourced<Teaser> sourced : sightings) {
        Teaser t = sourced.event();
        PageRef page = t.getPage();
        s.setString(1, t.getId());
        s.setString(2, page.getAddress());
        s.setInt(3, t.getPosition());
        // When the page was captured, else when the event was produced.
        dialect.setTimestamp(s, 4, page.getCapturedAt() != null ? page.getCapturedAt() : sourced.source().timestamp());
        String parseKey = ParseKey.of(page);
        s.setString(5, parseKey);
        s.setString(6, page.getAddress());
        s.setString(7, parseKey);
        s.setString(8, parseKey);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void runBatch(Connection c, String sql, Iterable<String> ids) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      boolean any = false;
      for (String id : ids) {
        s.setString(1, id);
        s.addBatch();
        any = true;
      }
      if (any) {
        s.executeBatch();
      }
    }
  }

  /**
   * Runs the statement once per chunk of ids, in its IN list: one round trip for a whole batch of
   * links, where a JDBC batch would still execute one statement per id on the server.
   */
  private static void runForIds(Connection c, String sqlWithInList, Collection<String> ids) throws SQLException {
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String sql = String.format(sqlWithInList, String.join(", ", Collections.nCopies(chunk.size(), "?")));
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        s.executeUpdate();
      }
    }
  }

  private static <T> Map<String, T> lastById(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      out.remove(id.apply(item));
      out.put(id.apply(item), item);
    }
    return out;
  }

  private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static String datesJson(List<DateEvidence> dates) {
    List<Map<String, String>> out = new ArrayList<>(dates.size());
    for (DateEvidence d : dates) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("date", d.getDate());
      m.put("source", d.getSource());
      m.put("raw", d.getRaw());
      out.add(m);
    }
    return json(out);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
