package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

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

  private final Dialect dialect;
  private final String upsertTeaser;
  private final String upsertSighting;

  TeaserRows(Dialect dialect) {
    this.dialect = dialect;
    List<String> teaserColumns = List.of("id", "title", "text", "date", "date_raw", "dateline_place", "link",
        "lead_key", "snippet_key");
    upsertTeaser = dialect.upsert("teasers", teaserColumns, List.of("?", "?", "?", dialect.dateParam(), "?", "?", "?", "?", "?"),
        List.of("id"), teaserColumns.subList(1, teaserColumns.size()));
    // As for articles: a sighting from a superseded parse of its page is skipped.
    upsertSighting = dialect.upsertWhere("teaser_sightings",
        List.of("teaser_id", "page_address", "position", "seen_at", "parse_key"), List.of("?", "?", "?", "?", "?"),
        ParseReconciler.NOT_SUPERSEDED, List.of("teaser_id", "page_address"), List.of("position", "seen_at", "parse_key"));
  }

  void upsertTeasers(Connection c, Collection<Sourced<Teaser>> teasers) throws SQLException {
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
        Statements.setNullable(s, ++i, LeadKey.key(snippet));
        Statements.setNullable(s, ++i, snippet);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  void upsertSightings(Connection c, Collection<Sourced<Teaser>> sightings) throws SQLException {
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

  /** Links the teasers that have no article yet to the article they announce, if it is stored. */
  static void link(Connection c, Collection<String> teaserIds) throws SQLException {
    InLists.update(c, LINK, teaserIds);
  }

  /** Deletes those of the teasers that no page shows (any more). */
  static void removeUnseen(Connection c, Collection<String> teaserIds) throws SQLException {
    InLists.update(c, "DELETE FROM teasers WHERE id IN (%s)"
        + " AND NOT EXISTS (SELECT 1 FROM teaser_sightings v WHERE v.teaser_id = teasers.id)", teaserIds);
  }
}
