package dev.newswire.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

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

  private static final List<Column> COLUMNS = List.of(Column.text("id"), Column.text("page_address"),
      Column.of("index_on_page", Column.Type.INTEGER), Column.text("title"), Column.of("published", Column.Type.DATE),
      Column.text("published_source"), Column.of("dates_disagree", Column.Type.BOOLEAN),
      Column.of("dates", Column.Type.JSON), Column.text("dateline_place"), Column.of("dateline_date", Column.Type.DATE),
      Column.text("body"), Column.of("warnings", Column.Type.JSON), Column.text("parser_version"),
      Column.text("parse_key"), Column.text("lead_key"), Column.text("lead_text"));

  private final Dialect dialect;
  private final IntFunction<String> upsertArticle;

  ArticleRows(Dialect dialect) {
    this.dialect = dialect;
    List<String> update = COLUMNS.subList(1, COLUMNS.size()).stream().map(Column::name).toList();
    // An article recomputed to what it was is left alone: no new row version, search entry or FTS rewrite.
    upsertArticle = rows -> dialect.upsertRows("articles", COLUMNS, rows, "1 = 1", List.of("id"), update, true);
  }

  /**
   * Locks the rows of these articles until the transaction ends (PostgreSQL; SQLite has one writer),
   * in id order, so that two sinks changing sightings of one article recompute it one after the other.
   * Returns those of them that are stored.
   */
  Set<String> lock(Connection c, Collection<String> articleIds) throws SQLException {
    Set<String> stored = new HashSet<>();
    InLists.query(dialect, c, "SELECT id FROM articles WHERE id IN (%s) ORDER BY id" + dialect.forUpdate(),
        new TreeSet<>(articleIds), r -> stored.add(r.getString(1)));
    return stored;
  }

  /** Recomputes these articles from their sightings; removes those with none left. */
  Refreshed refresh(Connection c, Collection<String> articleIds) throws SQLException {
    return refresh(c, articleIds, Map.of());
  }

  /**
   * As {@link #refresh(Connection, Collection)}, with the sightings of the articles in {@code known}
   * (all their sightings in the store) as given rather than read back.
   */
  Refreshed refresh(Connection c, Collection<String> articleIds, Map<String, List<ArticleSighting>> known)
      throws SQLException {
    if (articleIds.isEmpty()) {
      return Refreshed.NONE;
    }
    // In id order, however they were found.
    Map<String, List<ArticleSighting>> sightings = new TreeMap<>(ArticleSightings.of(dialect, c,
        articleIds.stream().filter(id -> !known.containsKey(id)).toList()));
    articleIds.stream().filter(known::containsKey).forEach(id -> sightings.put(id, known.get(id)));
    List<Object[]> rows = new ArrayList<>(sightings.size());
    for (List<ArticleSighting> ofArticle : sightings.values()) {
      ArticleSighting a = BestVersion.of(ofArticle);
      String lead = LeadKey.articleLead(a.body());
      rows.add(new Object[] {a.articleId(), a.pageAddress(), a.indexOnPage(), a.title(), a.published(),
          a.publishedSource(), a.datesDisagree(), ArticleSightings.json(a.dates()), a.datelinePlace(), a.datelineDate(),
          a.body(), a.warnings(), a.parserVersion(), a.parseKey(), LeadKey.key(lead), lead});
    }
    RowChunks.write(c, dialect, upsertArticle, COLUMNS, rows);
    List<String> unseen = new ArrayList<>(articleIds.stream().filter(id -> !sightings.containsKey(id)).toList());
    if (unseen.isEmpty()) {
      return Refreshed.NONE;
    }
    Set<String> orphaned = new LinkedHashSet<>();
    InLists.query(dialect, c, "SELECT id FROM teasers WHERE article_id IN (%s)", unseen, r -> orphaned.add(r.getString(1)));
    InLists.update(dialect, c, "UPDATE teasers SET article_id = NULL WHERE article_id IN (%s)", unseen);
    long[] removed = {0};
    InLists.query(dialect, c, "SELECT count(*) FROM articles WHERE id IN (%s)", unseen, r -> removed[0] += r.getLong(1));
    InLists.update(dialect, c, "DELETE FROM articles WHERE id IN (%s)", unseen);
    return new Refreshed(removed[0], orphaned);
  }

  /** Links the teasers stored before these articles that announce one of them. */
  static void linkTeasers(Dialect dialect, Connection c, Collection<String> articleIds) throws SQLException {
    InLists.update(dialect, c, LINK_BY_ADDRESS, articleIds);
    InLists.update(dialect, c, LINK_BY_LEAD, articleIds);
  }
}
