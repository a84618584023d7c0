package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Articles: one row per news item, its best version ({@link BestVersion}) recomputed from all its
 * sightings whenever they change, and the links to it from teasers stored before it.
 */
final class ArticleRows {
  // Links a teaser to an article when the teaser's link is a page that shows the article, or when it
  // has the article's date and its snippet starts the article's body (indexed on the 60-character key).
  private static final String LINK_BY_LEAD = "UPDATE teasers SET article_id = a.id FROM articles a"
      + " WHERE a.id IN (%s) AND teasers.article_id IS NULL AND teasers.date = a.published"
      + " AND teasers.lead_key = a.lead_key AND substr(a.lead_text, 1, length(teasers.snippet_key)) = teasers.snippet_key";
  private static final String LINK_BY_ADDRESS = "UPDATE teasers SET article_id = (SELECT s.article_id"
      + " FROM article_sightings s WHERE s.page_address = teasers.link ORDER BY s.index_on_page, s.article_id LIMIT 1)"
      // Candidates through the index on the link's first 256 characters (V5__link_prefix.sql); one whose
      // whole link is no such page is set to NULL again by the subquery above.
      + " WHERE article_id IS NULL AND substr(link, 1, 256) IN (SELECT substr(s.page_address, 1, 256)"
      + " FROM article_sightings s WHERE s.article_id IN (%s))";

  /** What a refresh did: articles removed (no sighting left), and teasers that announced one of them. */
  record Refreshed(long removed, Set<String> orphanedTeasers) {
    static final Refreshed NONE = new Refreshed(0, Set.of());
  }

  private final Dialect dialect;
  private final String upsertArticle;

  ArticleRows(Dialect dialect) {
    this.dialect = dialect;
    String date = dialect.dateParam();
    String json = dialect.jsonParam();
    List<String> columns = List.of("id", "page_address", "index_on_page", "title", "published",
        "published_source", "dates_disagree", "dates", "dateline_place", "dateline_date", "body", "warnings",
        "parser_version", "parse_key", "lead_key", "lead_text");
    upsertArticle = dialect.upsert("articles", columns,
        List.of("?", "?", "?", "?", date, "?", "?", json, "?", date, "?", json, "?", "?", "?", "?"),
        List.of("id"), columns.subList(1, columns.size()));
  }

  /**
   * Locks the rows of these articles until the transaction ends (PostgreSQL; SQLite has one writer),
   * in id order, so that two sinks changing sightings of one article recompute it one after the other.
   */
  void lock(Connection c, Collection<String> articleIds) throws SQLException {
    String forUpdate = dialect.forUpdate();
    if (forUpdate.isEmpty() || articleIds.isEmpty()) {
      return;
    }
    InLists.query(c, "SELECT id FROM articles WHERE id IN (%s) ORDER BY id" + forUpdate, new TreeSet<>(articleIds),
        r -> { });
  }

  /** Recomputes these articles from their sightings; removes those with none left. */
  Refreshed refresh(Connection c, Collection<String> articleIds) throws SQLException {
    if (articleIds.isEmpty()) {
      return Refreshed.NONE;
    }
    Map<String, List<ArticleSighting>> sightings = ArticleSightings.of(c, articleIds);
    try (PreparedStatement s = c.prepareStatement(upsertArticle)) {
      for (List<ArticleSighting> ofArticle : sightings.values()) {
        ArticleSighting a = BestVersion.of(ofArticle);
        String lead = LeadKey.articleLead(a.body());
        int i = 0;
        s.setString(++i, a.articleId());
        s.setString(++i, a.pageAddress());
        s.setInt(++i, a.indexOnPage());
        s.setString(++i, a.title());
        s.setString(++i, a.published());
        s.setString(++i, a.publishedSource());
        s.setBoolean(++i, a.datesDisagree());
        s.setString(++i, ArticleSightings.json(a.dates()));
        s.setString(++i, a.datelinePlace());
        s.setString(++i, a.datelineDate());
        s.setString(++i, a.body());
        s.setString(++i, a.warnings());
        s.setString(++i, a.parserVersion());
        s.setString(++i, a.parseKey());
        Statements.setNullable(s, ++i, LeadKey.key(lead));
        s.setString(++i, lead);
        s.addBatch();
      }
      s.executeBatch();
    }
    List<String> unseen = new ArrayList<>(articleIds.stream().filter(id -> !sightings.containsKey(id)).toList());
    if (unseen.isEmpty()) {
      return Refreshed.NONE;
    }
    Set<String> orphaned = new LinkedHashSet<>();
    InLists.query(c, "SELECT id FROM teasers WHERE article_id IN (%s)", unseen, r -> orphaned.add(r.getString(1)));
    InLists.update(c, "UPDATE teasers SET article_id = NULL WHERE article_id IN (%s)", unseen);
    long[] removed = {0};
    InLists.query(c, "SELECT count(*) FROM articles WHERE id IN (%s)", unseen, r -> removed[0] += r.getLong(1));
    InLists.update(c, "DELETE FROM articles WHERE id IN (%s)", unseen);
    return new Refreshed(removed[0], orphaned);
  }

  /** Links the teasers stored before these articles that announce one of them. */
  static void linkTeasers(Connection c, Collection<String> articleIds) throws SQLException {
    InLists.update(c, LINK_BY_ADDRESS, articleIds);
    InLists.update(c, LINK_BY_LEAD, articleIds);
  }
}
