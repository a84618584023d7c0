package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    InLists.query(dialect, c, "SELECT p.address, p.parse_key,"
        + " (SELECT count(*) FROM article_sightings s WHERE s.page_address = p.address),"
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
    // The distinct articles the pages show, in page order: a news item captured twice counts once.
    Map<String, List<String>> articlesByPage = new HashMap<>();
    long[] captures = {0};
    InLists.query(dialect, c, "SELECT page_address, article_id FROM article_sightings WHERE page_address IN (%s)"
        + " ORDER BY page_address, index_on_page", addresses, r -> {
          articlesByPage.computeIfAbsent(r.getString(1), a -> new ArrayList<>()).add(r.getString(2));
          captures[0]++;
        });
    Set<String> distinct = new LinkedHashSet<>();
    addresses.forEach(a -> distinct.addAll(articlesByPage.getOrDefault(a, List.of())));
    List<StoredArticle> first = new ArrayList<>();
    List<String> listed = distinct.stream().limit(listAtMost).toList();
    Map<String, StoredArticle> byId = new HashMap<>();
    InLists.query(dialect, c, "SELECT id, published, published_source, dateline_place, title, body FROM articles WHERE id IN (%s)",
        listed, r -> byId.put(r.getString("id"), new StoredArticle(dialect.getDate(r, "published"),
            r.getString("published_source"), r.getString("dateline_place"), r.getString("title"), r.getString("body"))));
    listed.stream().map(byId::get).filter(Objects::nonNull).forEach(first::add);
    Map<LocalDate, Set<String>> teasers = new HashMap<>();
    long[] sightings = {0};
    // Counted by the database, one row per teaser and chunk of pages: a row per sighting made the summary of a
    // 200,000-page run take 4-6 s of its own, reading two million rows through the driver.
    // Grouped before the join, the teaser's row is read once per chunk rather than once per sighting.
    InLists.query(dialect, c, "SELECT t.id, t.date, g.seen FROM (SELECT teaser_id, count(*) AS seen"
        + " FROM teaser_sightings WHERE page_address IN (%s) GROUP BY teaser_id) g JOIN teasers t ON t.id = g.teaser_id",
        addresses, r -> {
          teasers.computeIfAbsent(dialect.getDate(r, "date"), d -> new HashSet<>()).add(r.getString("id"));
          sightings[0] += r.getLong("seen");
        });
    SortedMap<LocalDate, Integer> byDate = new TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
    teasers.forEach((date, ids) -> byDate.put(date, ids.size()));
    return new PagesSummary(distinct.size(), captures[0], List.copyOf(first), Collections.unmodifiableSortedMap(byDate),
        sightings[0]);
  }
}
