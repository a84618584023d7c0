package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Pages and their parses: records each page-parsed event as its page's latest parse, and removes what
 * an earlier parse of the page produced that the new one no longer lists (article sightings, and the
 * articles no page shows any more; teaser sightings, and the teasers no page shows any more), so a
 * replay converges. A new parser may merge or split items: the articles follow the latest parse of
 * every page.
 */
final class ParseReconciler {
  /**
   * Holds unless the row's parse (its values {@code v.page_address} and {@code v.parse_key}, see
   * {@link Dialect#upsertRows}) is one the page has been parsed past: a late event of a superseded parse
   * is skipped, not written over the newer one.
   */
  static final String NOT_SUPERSEDED = "NOT EXISTS (SELECT 1 FROM page_parses pp JOIN pages p ON p.address = pp.page_address"
      + " WHERE pp.page_address = v.page_address AND pp.parse_key = v.parse_key AND p.parse_key <> v.parse_key)";

  /** What reconciling removed: articles deleted (no sighting left), and teasers that announced one of them. */
  record Reconciled(long staleArticles, Set<String> orphanedTeasers) {}

  private static final List<Column> PAGE_COLUMNS = List.of(Column.text("address"),
      Column.of("captured_at", Column.Type.TIMESTAMP), Column.text("layout"), Column.text("parser_version"));
  private static final List<Column> PARSE_COLUMNS = List.of(Column.text("page_address"), Column.text("parse_key"));
  private static final List<Column> LATEST_COLUMNS = List.of(Column.text("address"),
      Column.of("captured_at", Column.Type.TIMESTAMP), Column.text("layout"), Column.text("parser_version"),
      Column.of("last_parsed_at", Column.Type.TIMESTAMP), Column.text("parse_key"));

  private final Dialect dialect;
  private final ArticleRows articles;
  private final IntFunction<String> insertPage;
  private final IntFunction<String> insertParse;
  private final IntFunction<String> upsertLatest;

  ParseReconciler(Dialect dialect, ArticleRows articles) {
    this.dialect = dialect;
    this.articles = articles;
    insertPage = rows -> dialect.upsertRows("pages", PAGE_COLUMNS, rows, "1 = 1", List.of("address"), List.of(), false);
    insertParse = rows -> dialect.upsertRows("page_parses", PARSE_COLUMNS, rows, "1 = 1",
        List.of("page_address", "parse_key"), List.of(), false);
    // Every column but the address is the latest parse's, whether the page is new or not.
    upsertLatest = rows -> dialect.upsertRows("pages", LATEST_COLUMNS, rows, "1 = 1", List.of("address"),
        LATEST_COLUMNS.subList(1, LATEST_COLUMNS.size()).stream().map(Column::name).toList(), false);
  }

  /**
   * Every page the batch's events come from, inserted if new; those of its page-parsed events are
   * written with their latest parse by {@link #apply}, which comes next.
   */
  void insertPages(Connection c, Batch batch) throws SQLException {
    Map<String, PageRef> pages = new LinkedHashMap<>();
    batch.articles().forEach(a -> pages.putIfAbsent(a.event().getPage().getAddress(), a.event().getPage()));
    batch.teasers().forEach(t -> pages.putIfAbsent(t.event().getPage().getAddress(), t.event().getPage()));
    batch.pagesParsed().forEach(p -> pages.remove(p.event().getPage().getAddress()));
    List<Object[]> rows = new ArrayList<>(pages.size());
    for (PageRef page : pages.values()) {
      rows.add(new Object[] {page.getAddress(), page.getCapturedAt(), page.getLayout(), page.getParserVersion()});
    }
    RowChunks.write(c, dialect, insertPage, PAGE_COLUMNS, rows);
  }

  /**
   * Records each parse as its page's latest and deletes the page's article and teaser sightings that the
   * page's last parse in the batch no longer lists. One round trip per statement (or chunk of
   * pages), not per page.
   */
  Reconciled apply(Connection c, List<Sourced<PageParsed>> parses) throws SQLException {
    if (parses.isEmpty()) {
      return new Reconciled(0, Set.of());
    }
    Map<String, Map<String, String>> articlesByPage = new LinkedHashMap<>();
    Map<String, Set<String>> teasersByPage = new LinkedHashMap<>();
    // The last parse of a page in the batch is its latest, as if the events were applied one by one.
    Map<String, Object[]> latest = new LinkedHashMap<>();
    Map<List<String>, Object[]> history = new LinkedHashMap<>();
    for (Sourced<PageParsed> sourced : parses) {
      PageRef ref = sourced.event().getPage();
      String parseKey = ParseKey.of(ref);
      latest.remove(ref.getAddress());
      latest.put(ref.getAddress(), new Object[] {ref.getAddress(), ref.getCapturedAt(), ref.getLayout(),
          ref.getParserVersion(), sourced.source().timestamp(), parseKey});
      history.putIfAbsent(List.of(ref.getAddress(), parseKey), new Object[] {ref.getAddress(), parseKey});
      articlesByPage.put(ref.getAddress(), articlesListed(sourced.event()));
      teasersByPage.put(ref.getAddress(), new HashSet<>(sourced.event().getTeaserIds()));
    }
    RowChunks.write(c, dialect, upsertLatest, LATEST_COLUMNS, new ArrayList<>(latest.values()));
    RowChunks.write(c, dialect, insertParse, PARSE_COLUMNS, new ArrayList<>(history.values()));
    removeStaleSightings(dialect, c, teasersByPage);
    return removeStaleArticleSightings(c, articlesByPage);
  }

  /**
   * Deletes the article sightings that a known parse of each page produced and its latest parse no
   * longer lists (a capture listed, but now as another article, is stale too), and recomputes the
   * articles they showed. Only sightings of parses already seen can be stale: one from a newer parse,
   * read before its page-parsed event, stays.
   */
  private Reconciled removeStaleArticleSightings(Connection c, Map<String, Map<String, String>> listedByPage)
      throws SQLException {
    List<String> stale = new ArrayList<>();
    Set<String> affected = new LinkedHashSet<>();
    InLists.query(dialect, c, "SELECT s.capture_id, s.article_id, s.page_address FROM article_sightings s"
        + " WHERE s.page_address IN (%s) AND s.parse_key IN"
        + " (SELECT pp.parse_key FROM page_parses pp WHERE pp.page_address = s.page_address)",
        listedByPage.keySet(), r -> {
          if (!r.getString(2).equals(listedByPage.get(r.getString(3)).get(r.getString(1)))) {
            stale.add(r.getString(1));
            affected.add(r.getString(2));
          }
        });
    if (stale.isEmpty()) {
      return new Reconciled(0, Set.of());
    }
    articles.lock(c, affected);
    ArticleSightings.delete(dialect, c, stale);
    ArticleRows.Refreshed refreshed = articles.refresh(c, affected);
    return new Reconciled(refreshed.removed(), refreshed.orphanedTeasers());
  }

  /** The article (item) of each capture a parse lists; a parse from before item ids lists captures only. */
  private static Map<String, String> articlesListed(PageParsed parsed) {
    Map<String, String> out = new HashMap<>();
    List<String> captures = parsed.getArticleIds();
    List<String> items = parsed.getArticleItemIds();
    for (int i = 0; i < captures.size(); i++) {
      out.put(captures.get(i), items.size() == captures.size() ? items.get(i) : captures.get(i));
    }
    return out;
  }

  /**
   * Deletes the sightings that a known parse of each page produced and its latest parse no longer
   * lists, then the teasers no page shows any more: a replay converges for teasers as for articles.
   */
  private static void removeStaleSightings(Dialect dialect, Connection c, Map<String, Set<String>> listedByPage) throws SQLException {
    List<String[]> stale = new ArrayList<>();
    InLists.query(dialect, c, "SELECT v.teaser_id, v.page_address FROM teaser_sightings v WHERE v.page_address IN (%s)"
        + " AND v.parse_key IN (SELECT pp.parse_key FROM page_parses pp WHERE pp.page_address = v.page_address)",
        listedByPage.keySet(), r -> {
          if (!listedByPage.get(r.getString(2)).contains(r.getString(1))) {
            stale.add(new String[] {r.getString(1), r.getString(2)});
          }
        });
    if (stale.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM teaser_sightings WHERE teaser_id = ? AND page_address = ?")) {
      for (String[] sighting : stale) {
        delete.setString(1, sighting[0]);
        delete.setString(2, sighting[1]);
        delete.addBatch();
      }
      delete.executeBatch();
    }
    Set<String> teasers = new LinkedHashSet<>();
    stale.forEach(sighting -> teasers.add(sighting[0]));
    TeaserRows.removeUnseen(dialect, c, teasers);
  }
}
