package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The reads other parts of the project make of the tables, so that only the store knows its schema. */
final class RowReader {
  private final Dialect dialect;

  RowReader(Dialect dialect) {
    this.dialect = dialect;
  }

  /** See {@link Store#storedPages}. */
  Map<String, StoredPage> storedPages(Connection c, Collection<PageRef> parses) throws SQLException {
    Map<String, String> parseKeys = new LinkedHashMap<>();
    parses.forEach(p -> parseKeys.put(p.getAddress(), ParseKey.of(p)));
    Map<String, StoredPage> out = new LinkedHashMap<>();
    InLists.query(c, "SELECT p.address, p.parse_key,"
        + " (SELECT count(*) FROM articles a WHERE a.page_address = p.address),"
        + " (SELECT count(*) FROM teaser_sightings v WHERE v.page_address = p.address)"
        + " FROM pages p WHERE p.address IN (%s)", parseKeys.keySet(), r -> {
          String address = r.getString(1);
          if (parseKeys.get(address).equals(r.getString(2))) {
            out.put(address, new StoredPage(address, r.getLong(3), r.getLong(4)));
          }
        });
    return out;
  }

  /** See {@link Store#summarize}. */
  PagesSummary summarize(Connection c, List<String> addresses, int listAtMost) throws SQLException {
    Map<String, Long> articlesByPage = new HashMap<>();
    InLists.query(c, "SELECT page_address, count(*) FROM articles WHERE page_address IN (%s) GROUP BY page_address",
        addresses, r -> articlesByPage.put(r.getString(1), r.getLong(2)));
    List<StoredArticle> first = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT published, published_source, dateline_place, title, body"
        + " FROM articles WHERE page_address = ? ORDER BY index_on_page")) {
      for (String address : addresses) {
        if (first.size() >= listAtMost) {
          break;
        }
        if (articlesByPage.getOrDefault(address, 0L) == 0) {
          continue;
        }
        s.setString(1, address);
        try (ResultSet r = s.executeQuery()) {
          while (r.next() && first.size() < listAtMost) {
            first.add(new StoredArticle(dialect.getDate(r, "published"), r.getString("published_source"),
                r.getString("dateline_place"), r.getString("title"), r.getString("body")));
          }
        }
      }
    }
    Map<LocalDate, Set<String>> teasers = new HashMap<>();
    long[] sightings = {0};
    InLists.query(c, "SELECT t.date, t.id FROM teasers t JOIN teaser_sightings v ON v.teaser_id = t.id"
        + " WHERE v.page_address IN (%s)", addresses, r -> {
          teasers.computeIfAbsent(dialect.getDate(r, "date"), d -> new HashSet<>()).add(r.getString("id"));
          sightings[0]++;
        });
    SortedMap<LocalDate, Integer> byDate = new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
    teasers.forEach((date, ids) -> byDate.put(date, ids.size()));
    long articles = articlesByPage.values().stream().mapToLong(Long::longValue).sum();
    return new PagesSummary(articles, List.copyOf(first), Collections.unmodifiableSortedMap(byDate), sightings[0]);
  }
}
