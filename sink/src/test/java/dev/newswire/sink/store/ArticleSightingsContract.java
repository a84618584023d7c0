package dev.newswire.sink.store;

import static dev.newswire.testkit.Events.capture;
import static dev.newswire.testkit.Events.date;
import static dev.newswire.testkit.Events.page;
import static dev.newswire.testkit.Events.parsedCaptures;
import static dev.newswire.testkit.Events.teaser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.PageRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One article per news item, however many captures: what every store must do, run against each
 * database through {@link StoreContract}.
 */
interface ArticleSightingsContract {
  String LEAD = "Kim Jong Un, general secretary of the Workers' Party of Korea, sent a message of greeting to To Lam.";
  String FULL = LEAD + "\n\nThe message wished him good health.\n\nIt also extended warm greetings to the people.";
  String CUT = LEAD + "\n\nThe message wished him go";

  Store store();

  Batch batch(Object... events);

  /** The three captures of one item: a KCNA Watch copy, the kcna.kp original, a cut copy. */
  static List<Article> threeCaptures(String item, int n) {
    PageRef watch = page("https://kcnawatch.org/newstream/" + n + "/greetings/", "1.0");
    PageRef kp = page("http://www.kcna.kp/en/article/" + n + ".kcmsf", "1.0");
    PageRef cut = page("https://kcnawatch.org/newstream/" + n + "/cut/", "1.0");
    return List.of(
        capture(watch, 0, item, "Kim Jong Un Sends Greetings", FULL, date("2025-12-14", "HEADER"),
            date("2025-12-13", "DATELINE")),
        capture(kp, 0, item, "Kim Jong Un sends greetings", FULL, date("2025-12-13", "FOOTER"),
            date("2025-12-13", "DATELINE")),
        capture(cut, 0, item, "KIM JONG UN SENDS GREETINGS", CUT, date("2025-12-13", "HEADER")));
  }

  @Test
  default void threeCapturesOfOneItemAreOneArticleWhateverTheirOrder() throws SQLException {
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (int n = 0; n < orders.length; n++) {
      List<Article> captures = threeCaptures("i-item-" + n, n);
      for (int i : orders[n]) {
        Article a = captures.get(i);
        store().write(batch(a, parsedCaptures(a.getPage(), List.of(a), List.of())));
      }
    }
    assertThat(store().counts().articles()).isEqualTo(6);
    assertThat(store().counts().articleSightings()).isEqualTo(18);
    List<Map<String, String>> rows = rows("SELECT a.id, a.title, a.body, a.published, a.published_source,"
        + " a.dates_disagree, a.dates, a.page_address, (SELECT count(*) FROM article_sightings s WHERE s.article_id = a.id)"
        + " AS sightings FROM articles a ORDER BY a.id");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("sightings")).isEqualTo("3");
      assertThat(r.get("body")).as("the most complete body").isEqualTo(FULL);
      assertThat(r.get("title")).as("the original's, its footer outranking the header").isEqualTo("Kim Jong Un sends greetings");
      assertThat(r.get("page_address")).startsWith("http://www.kcna.kp/");
      assertThat(r.get("published")).isEqualTo("2025-12-13");
      assertThat(r.get("published_source")).isEqualTo("FOOTER");
      assertThat(r.get("dates_disagree")).isIn("true", "t", "1");
      assertThat(r.get("dates")).contains("2025-12-14", "HEADER", "FOOTER", "DATELINE");
    });
    assertThat(rows.stream().map(r -> r.remove("id")).toList()).doesNotHaveDuplicates();
    rows.forEach(r -> r.remove("page_address"));
    assertThat(rows.stream().distinct()).as("the same best version from every arrival order").hasSize(1);
  }

  @Test
  default void capturesOfANewItemInOneBatchMakeTheArticleTheyMakeOneByOne() throws SQLException {
    // A new item's captures in one batch are taken as written; later ones are read back with the stored.
    List<Article> oneByOne = threeCaptures("i-one-by-one", 20);
    for (Article a : oneByOne) {
      store().write(batch(a));
    }
    store().write(batch(threeCaptures("i-together", 21).toArray()));
    List<Article> twoThenOne = threeCaptures("i-two-then-one", 22);
    store().write(batch(twoThenOne.get(2), twoThenOne.get(0)));
    store().write(batch(twoThenOne.get(1)));

    List<Map<String, String>> rows = rows("SELECT a.title, a.body, a.published, a.published_source, a.dates_disagree,"
        + " a.dates, a.dateline_place, a.dateline_date, a.warnings, a.lead_key, a.lead_text, a.index_on_page,"
        + " (SELECT count(*) FROM article_sightings s WHERE s.article_id = a.id) AS sightings FROM articles a ORDER BY a.id");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("sightings")).isEqualTo("3");
    assertThat(rows.stream().distinct()).as("the same best version however the captures were batched").hasSize(1);
  }

  @Test
  default void aTeaserLinkingToAnyCaptureLinksToTheArticle() throws SQLException {
    List<Article> captures = threeCaptures("i-linked", 9);
    PageRef home = page("https://kcnawatch.org/", "1.0");
    store().write(batch(teaser("t-cut", home, 0, "Short", null, captures.get(2).getPage().getAddress())));
    store().write(batch(captures.get(2)));
    store().write(batch(captures.get(0), captures.get(1)));
    assertThat(rows("SELECT article_id FROM teasers")).containsExactly(Map.of("article_id", "i-linked"));
  }

  @Test
  default void aNewParseThatMergesOrSplitsItemsIsFollowed() throws SQLException {
    PageRef p1 = page("https://kcnawatch.org/newstream/77/two-items/", "1.0");
    PageRef q = page("https://kcnawatch.org/newstream/78/copy-of-a/", "1.0");
    Article a = capture(p1, 0, "i-a", "A", "Item A, the longer copy on the page that is parsed again.",
        date("2024-05-01", "FOOTER"));
    Article b = capture(p1, 1, "i-b", "B", "Item B.", date("2024-05-01", "FOOTER"));
    Article aElsewhere = capture(q, 0, "i-a", "A", "Item A.", date("2024-05-02", "HEADER"));
    store().write(batch(a, b, aElsewhere, parsedCaptures(p1, List.of(a, b), List.of()),
        parsedCaptures(q, List.of(aElsewhere), List.of())));
    assertThat(articleIds()).containsExactly("i-a", "i-b");

    // Parser 2.0 reads the page as one item: its page-parsed event first, its article later.
    PageRef p2 = page(p1.getAddress(), "2.0");
    Article merged = capture(p2, 0, "i-ab", "A and B", "Item A and item B, read as one.", date("2024-05-01", "FOOTER"));
    store().write(batch(parsedCaptures(p2, List.of(merged), List.of())));
    assertThat(articleIds()).as("b had no other sighting; a keeps the other page's").containsExactly("i-a");
    assertThat(rows("SELECT body, published, published_source FROM articles")).containsExactly(
        Map.of("body", "Item A.", "published", "2024-05-02", "published_source", "HEADER"));
    store().write(batch(merged));
    store().write(batch(a, b));
    assertThat(articleIds()).as("late events of the old parse stay out").containsExactly("i-a", "i-ab");

    // Parser 3.0 splits it again: its articles first, then its page-parsed event.
    PageRef p3 = page(p1.getAddress(), "3.0");
    Article a3 = capture(p3, 0, "i-a", "A", a.getBody(), date("2024-05-01", "FOOTER"));
    Article b3 = capture(p3, 1, "i-b", "B", b.getBody(), date("2024-05-01", "FOOTER"));
    store().write(batch(a3, b3));
    assertThat(articleIds()).as("the merged capture moved back to a").containsExactly("i-a", "i-b");
    store().write(batch(parsedCaptures(p3, List.of(a3, b3), List.of())));
    assertThat(articleIds()).containsExactly("i-a", "i-b");
    assertThat(rows("SELECT body, published, published_source, (SELECT count(*) FROM article_sightings s"
        + " WHERE s.article_id = a.id) AS sightings FROM articles a WHERE id = 'i-a'")).containsExactly(
        Map.of("body", a.getBody(), "published", "2024-05-01", "published_source", "FOOTER", "sightings", "2"));
    assertThat(store().counts().articleSightings()).isEqualTo(3);
  }

  private List<String> articleIds() throws SQLException {
    return rows("SELECT id FROM articles ORDER BY id").stream().map(r -> r.get("id")).toList();
  }

  /** Every row as column label to text (booleans as the driver prints them). */
  private List<Map<String, String>> rows(String sql) throws SQLException {
    List<Map<String, String>> out = new ArrayList<>();
    try (Connection c = store().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.put(r.getMetaData().getColumnLabel(i).toLowerCase(), r.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
