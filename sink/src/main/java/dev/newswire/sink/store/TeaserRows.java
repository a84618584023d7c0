package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Teasers (one row per distinct teaser), their sightings on pages, and their links to the articles they announce. */
final class TeaserRows {
  /**
   * Links each teaser without an article to the one it announces: the article a page it links to
   * shows, else one with its date whose lead starts with its snippet (indexed on the 60-character key).
   */
  private static final String LINK = "UPDATE teasers SET article_id = COALESCE("
      + "(SELECT s.article_id FROM article_sightings s WHERE s.page_address = teasers.link"
      + " ORDER BY s.index_on_page, s.article_id LIMIT 1),"
      + " (SELECT a.id FROM articles a WHERE a.published = teasers.date AND a.lead_key = teasers.lead_key"
      + " AND substr(a.lead_text, 1, length(teasers.snippet_key)) = teasers.snippet_key ORDER BY a.id LIMIT 1))"
      + " WHERE id IN (%s) AND article_id IS NULL";

  private static final List<Column> TEASER_COLUMNS = List.of(Column.text("id"), Column.text("title"),
      Column.text("text"), Column.of("date", Column.Type.DATE), Column.text("date_raw"), Column.text("dateline_place"),
      Column.text("link"), Column.text("lead_key"), Column.text("snippet_key"));
  private static final List<Column> SIGHTING_COLUMNS = List.of(Column.text("teaser_id"), Column.text("page_address"),
      Column.of("position", Column.Type.INTEGER), Column.of("seen_at", Column.Type.TIMESTAMP), Column.text("parse_key"));

  private static final String SELECT_STORED = "SELECT "
      + TEASER_COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM teasers WHERE id IN (%s)";

  private final Dialect dialect;
  private final IntFunction<String> upsertTeaser;
  private final IntFunction<String> upsertSighting;

  TeaserRows(Dialect dialect) {
    this.dialect = dialect;
    List<String> teaserUpdate = TEASER_COLUMNS.subList(1, TEASER_COLUMNS.size()).stream().map(Column::name).toList();
    // A teaser is seen on many pages, nearly always the same: such a sighting leaves its row alone.
    upsertTeaser = rows -> dialect.upsertRows("teasers", TEASER_COLUMNS, rows, "1 = 1", List.of("id"), teaserUpdate,
        true);
    // As for articles: a sighting from a superseded parse of its page is skipped.
    upsertSighting = rows -> dialect.upsertRows("teaser_sightings", SIGHTING_COLUMNS, rows,
        ParseReconciler.NOT_SUPERSEDED, List.of("teaser_id", "page_address"), List.of("position", "seen_at", "parse_key"),
        false);
  }

  void upsertTeasers(Connection c, Collection<Sourced<Teaser>> teasers) throws SQLException {
    List<Object[]> rows = new ArrayList<>(teasers.size());
    for (Sourced<Teaser> sourced : teasers) {
      Teaser t = sourced.event();
      String snippet = LeadKey.teaserSnippet(t.getText());
      rows.add(new Object[] {t.getId(), t.getTitle(), t.getText(), t.getDate(), t.getDateRaw(), t.getDatelinePlace(),
          t.getLink(), LeadKey.key(snippet), snippet});
    }
    RowChunks.write(c, dialect, upsertTeaser, TEASER_COLUMNS, changed(c, rows));
  }

  /**
   * The rows that are new or differ from the stored teaser. The upsert would leave an equal row alone
   * too, but only after locking it, and most teasers of a batch are stored already: one query to tell
   * took about a quarter off the teasers' write (bench-sink, PostgreSQL).
   */
  private List<Object[]> changed(Connection c, List<Object[]> rows) throws SQLException {
    Map<String, Object[]> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put((String) r[0], r));
    InLists.query(dialect, c, SELECT_STORED, byId.keySet(), stored -> {
      Object[] row = byId.get(stored.getString(1));
      for (int i = 1; i < row.length; i++) {
        // Dates compare as their ISO text, which both databases return; any other difference writes the row.
        if (!Objects.equals(row[i] == null ? null : row[i].toString(), stored.getString(i + 1))) {
          return;
        }
      }
      byId.remove(stored.getString(1));
    });
    return byId.size() == rows.size() ? rows : new ArrayList<>(byId.values());
  }

  /** Upserts the sightings; returns how many were written rather than skipped as superseded. */
  long upsertSightings(Connection c, Collection<Sourced<Teaser>> sightings) throws SQLException {
    List<Object[]> rows = new ArrayList<>(sightings.size());
    for (Sourced<Teaser> sourced : sightings) {
      Teaser t = sourced.event();
      PageRef page = t.getPage();
      rows.add(new Object[] {t.getId(), page.getAddress(), t.getPosition(),
          // When the page was captured, else when the event was produced.
          page.getCapturedAt() != null ? page.getCapturedAt() : sourced.source().timestamp(), ParseKey.of(page)});
    }
    return RowChunks.write(c, dialect, upsertSighting, SIGHTING_COLUMNS, rows);
  }

  /** Links the teasers that have no article yet to the article they announce, if it is stored. */
  static void link(Dialect dialect, Connection c, Collection<String> teaserIds) throws SQLException {
    InLists.update(dialect, c, LINK, teaserIds);
  }

  /** Deletes those of the teasers that no page shows (any more). */
  static void removeUnseen(Dialect dialect, Connection c, Collection<String> teaserIds) throws SQLException {
    InLists.update(dialect, c, "DELETE FROM teasers WHERE id IN (%s)"
        + " AND NOT EXISTS (SELECT 1 FROM teaser_sightings v WHERE v.teaser_id = teasers.id)", teaserIds);
  }
}
