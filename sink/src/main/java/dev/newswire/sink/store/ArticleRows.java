package dev.newswire.sink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles, and the links to them from teasers stored before them. */
final class ArticleRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Links a teaser to an article when the teaser's link is the article's page, or when it has the
  // article's date and its snippet starts the article's body (indexed on the 60-character key).
  private static final String LINK = "UPDATE teasers SET article_id = a.id FROM articles a"
      + " WHERE a.id IN (%s) AND teasers.article_id IS NULL AND (teasers.link = a.page_address"
      + " OR (teasers.date = a.published AND teasers.lead_key = a.lead_key"
      + " AND substr(a.lead_text, 1, length(teasers.snippet_key)) = teasers.snippet_key))";

  private final String upsertArticle;

  ArticleRows(Dialect dialect) {
    String date = dialect.dateParam();
    String json = dialect.jsonParam();
    List<String> columns = List.of("id", "page_address", "index_on_page", "title", "published",
        "published_source", "dates_disagree", "dates", "dateline_place", "dateline_date", "body", "warnings",
        "parser_version", "parse_key", "lead_key", "lead_text");
    // An article of a superseded parse (known to page_parses, but not the page's latest) is skipped.
    upsertArticle = dialect.upsertWhere("articles", columns,
        List.of("?", "?", "?", "?", date, "?", "?", json, "?", date, "?", json, "?", "?", "?", "?"),
        ParseReconciler.NOT_SUPERSEDED, List.of("id"), columns.subList(1, columns.size()));
  }

  /** Upserts the articles; returns how many were written rather than skipped as superseded. */
  long upsert(Connection c, Collection<Sourced<Article>> articles) throws SQLException {
    if (articles.isEmpty()) {
      return 0;
    }
    long written = 0;
    try (PreparedStatement s = c.prepareStatement(upsertArticle)) {
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
        Statements.setNullable(s, ++i, LeadKey.key(lead));
        s.setString(++i, lead);
        s.setString(++i, a.getPage().getAddress());
        s.setString(++i, parseKey);
        s.setString(++i, parseKey);
        s.addBatch();
      }
      for (int count : s.executeBatch()) {
        // SUCCESS_NO_INFO (-2) means written: a driver that cannot count did not skip.
        written += count == 0 ? 0 : 1;
      }
    }
    return written;
  }

  /** Links the teasers stored before these articles that announce one of them. */
  static void linkTeasers(Connection c, Collection<String> articleIds) throws SQLException {
    InLists.update(c, LINK, articleIds);
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
