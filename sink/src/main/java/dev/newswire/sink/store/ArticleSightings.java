package dev.newswire.sink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import dev.newswire.schemas.avro.PageRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The captures of articles: one row per article found at a position of a page (its capture id),
 * naming the article (news item) it is a copy of.
 */
final class ArticleSightings {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, String>>> DATES = new TypeReference<>() {};
  static final List<String> CONTENT = List.of("title", "published", "published_source", "dates_disagree", "dates",
      "dateline_place", "dateline_date", "body", "warnings");

  private static final List<Column> COLUMNS = List.of(Column.text("capture_id"), Column.text("article_id"),
      Column.text("page_address"), Column.of("index_on_page", Column.Type.INTEGER),
      Column.of("seen_at", Column.Type.TIMESTAMP), Column.text("layout"), Column.text("parser_version"),
      Column.text("parse_key"), Column.text("title"), Column.of("published", Column.Type.DATE),
      Column.text("published_source"), Column.of("dates_disagree", Column.Type.BOOLEAN),
      Column.of("dates", Column.Type.JSON), Column.text("dateline_place"), Column.of("dateline_date", Column.Type.DATE),
      Column.text("body"), Column.of("warnings", Column.Type.JSON));

  private final Dialect dialect;
  private final IntFunction<String> upsert;

  ArticleSightings(Dialect dialect) {
    this.dialect = dialect;
    List<String> update = COLUMNS.subList(1, COLUMNS.size()).stream().map(Column::name).toList();
    // A capture of a superseded parse (known to page_parses, but not the page's latest) is skipped.
    upsert = rows -> dialect.upsertRows("article_sightings", COLUMNS, rows, ParseReconciler.NOT_SUPERSEDED,
        List.of("capture_id"), update, false);
  }

  /** The article (item) of an event; events from before item ids are their own item. */
  static String articleId(Article a) {
    return a.getItemId() != null ? a.getItemId() : a.getId();
  }

  /** The article each of these captures is stored as now, for those stored. */
  static Map<String, String> articlesOf(Dialect dialect, Connection c, Collection<String> captureIds) throws SQLException {
    Map<String, String> out = new HashMap<>();
    InLists.query(dialect, c, "SELECT capture_id, article_id FROM article_sightings WHERE capture_id IN (%s)", captureIds,
        r -> out.put(r.getString(1), r.getString(2)));
    return out;
  }

  /** Upserts the captures; returns how many were written rather than skipped as superseded. */
  long upsert(Connection c, Collection<Sourced<Article>> articles) throws SQLException {
    if (articles.isEmpty()) {
      return 0;
    }
    List<Object[]> rows = new ArrayList<>(articles.size());
    for (Sourced<Article> sourced : articles) {
      PageRef page = sourced.event().getPage();
      ArticleSighting a = of(sourced.event());
      rows.add(new Object[] {a.captureId(), a.articleId(), a.pageAddress(), a.indexOnPage(),
          // When the page was captured, else when the event was produced.
          page.getCapturedAt() != null ? page.getCapturedAt() : sourced.source().timestamp(),
          page.getLayout(), a.parserVersion(), a.parseKey(), a.title(), a.published(), a.publishedSource(),
          a.datesDisagree(), json(a.dates()), a.datelinePlace(), a.datelineDate(), a.body(), a.warnings()});
    }
    return RowChunks.write(c, dialect, upsert, COLUMNS, rows);
  }

  /** The capture as its row holds it. */
  static ArticleSighting of(Article a) {
    PageRef page = a.getPage();
    return new ArticleSighting(a.getId(), articleId(a), page.getAddress(), a.getIndexOnPage(), page.getParserVersion(),
        ParseKey.of(page), a.getTitle(), a.getPublished(), a.getPublishedSource(), a.getDatesDisagree(),
        dates(a.getDates()), a.getDatelinePlace(), a.getDatelineDate(), a.getBody(), json(a.getWarnings()));
  }

  /** Every sighting of these articles, by article. */
  static Map<String, List<ArticleSighting>> of(Dialect dialect, Connection c, Collection<String> articleIds) throws SQLException {
    Map<String, List<ArticleSighting>> out = new LinkedHashMap<>();
    InLists.query(dialect, c, "SELECT capture_id, article_id, page_address, index_on_page, parser_version, parse_key, "
        + String.join(", ", CONTENT) + " FROM article_sightings WHERE article_id IN (%s)", articleIds, r -> {
          ArticleSighting s = read(r);
          out.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s);
        });
    return out;
  }

  private static ArticleSighting read(ResultSet r) throws SQLException {
    try {
      return new ArticleSighting(r.getString("capture_id"), r.getString("article_id"), r.getString("page_address"),
          r.getInt("index_on_page"), r.getString("parser_version"), r.getString("parse_key"), r.getString("title"),
          r.getString("published"), r.getString("published_source"), r.getBoolean("dates_disagree"),
          JSON.readValue(r.getString("dates"), DATES), r.getString("dateline_place"), r.getString("dateline_date"),
          r.getString("body"), r.getString("warnings"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable dates of capture " + r.getString("capture_id"), e);
    }
  }

  /** Deletes these captures. */
  static void delete(Dialect dialect, Connection c, Collection<String> captureIds) throws SQLException {
    InLists.update(dialect, c, "DELETE FROM article_sightings WHERE capture_id IN (%s)", captureIds);
  }

  static List<Map<String, String>> dates(List<DateEvidence> dates) {
    List<Map<String, String>> out = new ArrayList<>(dates.size());
    for (DateEvidence d : dates) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("date", d.getDate());
      m.put("source", d.getSource());
      m.put("raw", d.getRaw());
      out.add(m);
    }
    return out;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
