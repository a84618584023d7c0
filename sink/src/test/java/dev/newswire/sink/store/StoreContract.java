package dev.newswire.sink.store;

import static dev.newswire.testkit.Events.article;
import static dev.newswire.testkit.Events.articleId;
import static dev.newswire.testkit.Events.page;
import static dev.newswire.testkit.Events.parsed;
import static dev.newswire.testkit.Events.snippetOf;
import static dev.newswire.testkit.Events.teaser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, run against each database by a subclass. */
abstract class StoreContract implements ArticleSightingsContract {
  static final String BODY_A = "Kim Jong Un, general secretary of the Workers' Party of Korea, inspected the newly"
      + " built greenhouse farm in Ryonpho and expressed great satisfaction.\n\nHe said the farm would serve as"
      + " a model for the whole country.";
  static final String BODY_B = "A delegation of the Ministry of Foreign Affairs left Pyongyang on Tuesday to visit"
      + " several countries in Southeast Asia, according to the ministry.\n\nIt was seen off at the airport.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicLong offsets = new AtomicLong();
  Store store;

  abstract String jdbcUrl();

  @BeforeEach
  void open() {
    store = Store.open(jdbcUrl(), user(), null);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  String user() {
    return null;
  }

  Source next() {
    return Source.synthetic(offsets.incrementAndGet());
  }

  @Override
  public Store store() {
    return store;
  }

  @Override
  public Batch batch(Object... events) {
    Batch b = new Batch();
    for (Object e : events) {
      b.add(e, next());
    }
    return b;
  }

  @Test
  void writingTheSameEventsTwiceLeavesOneCopy() throws SQLException {
    PageRef p = page("https://kcnawatch.org/newstream/1", "1.0");
    Article a = article(p, 0, "Greenhouse farm inspected", "2024-05-01", BODY_A);
    Batch events = batch(a, teaser("t1", p, 0, "Some other news of the day, told in a snippet that runs on", "2024-04-30", null),
        parsed(p, List.of(a.getId()), List.of("t1")));

    store.write(events);
    store.write(events);

    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 1, 0, 1));
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT a.title, a.published, a.dates, a.body, p.layout,"
            + " p.last_parsed_at FROM articles a JOIN pages p ON p.address = a.page_address")) {
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString("title")).isEqualTo("Greenhouse farm inspected");
        assertThat(r.getString("published")).isEqualTo("2024-05-01");
        assertThat(r.getString("dates")).contains("\"source\"").contains("FOOTER");
        assertThat(r.getString("body")).isEqualTo(BODY_A);
        assertThat(r.getString("layout")).isEqualTo("KCNA_WATCH_TEXT");
        assertThat(r.getString("last_parsed_at")).isNotNull();
        assertThat(r.next()).isFalse();
      }
    }
  }

  @Test
  void aTeaserSeenOnManyPagesIsOneTeaserWithOneSightingPerPage() {
    List<Object> events = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      PageRef p = page("https://kcnawatch.org/newstream/" + page, "1.0");
      events.add(teaser("shared", p, page, "A teaser every page shows, long enough to carry a lead key with it", "2024-05-01", null));
      events.add(teaser("only-" + page, p, 0, "A teaser of one page only", "2024-05-01", null));
    }
    store.write(batch(events.toArray()));
    // Seen again on a page it was already counted for (a replay): no new sighting.
    store.write(batch(teaser("shared", page("https://kcnawatch.org/newstream/0", "1.0"), 7, "A teaser", "2024-05-01", null)));

    StoreCounts counts = store.counts();
    assertThat(counts.teasers()).isEqualTo(5);
    assertThat(counts.sightings()).isEqualTo(8);
    assertThat(counts.pages()).isEqualTo(4);
  }

  @Test
  void aNewParseOfAPageDeletesTheArticlesItNoLongerFinds() {
    PageRef v1 = page("https://kcnawatch.org/newstream/9", "1.0");
    Article keep = article(v1, 0, "Kept", "2024-05-01", BODY_A);
    Article dropped = article(v1, 1, "Split wrongly by parser 1.0", "2024-05-01", BODY_B);
    store.write(batch(keep, dropped, parsed(v1, List.of(keep.getId(), dropped.getId()), List.of())));
    assertThat(store.counts().articles()).isEqualTo(2);

    PageRef v2 = page(v1.getAddress(), "2.0");
    Article kept2 = article(v2, 0, "Kept, title fixed", "2024-05-01", BODY_A);
    store.write(batch(kept2, parsed(v2, List.of(kept2.getId()), List.of())));

    assertThat(store.counts().articles()).isEqualTo(1);
    assertThat(store.search(null, null, null, 10)).extracting(SearchHit::title).containsExactly("Kept, title fixed");

    // A late copy of the old parse's event (read after the new page-parsed event) stays out.
    store.write(batch(dropped));
    store.write(batch(keep));
    assertThat(store.search(null, null, null, 10)).extracting(SearchHit::title).containsExactly("Kept, title fixed");
  }

  @Test
  void aNewParseOfAPageDropsTheTeaserSightingsItNoLongerFinds() {
    PageRef p1 = page("https://kcnawatch.org/newstream/20", "1.0");
    PageRef q1 = page("https://kcnawatch.org/newstream/21", "1.0");
    String shared = "A teaser both pages show, long enough to carry a lead key with it";
    store.write(batch(teaser("t1", p1, 0, shared, "2024-05-01", null),
        teaser("t2", p1, 1, "Two teasers glued together by parser 1.0, wrongly", "2024-05-01", null),
        teaser("t1", q1, 0, shared, "2024-05-01", null),
        parsed(p1, List.of(), List.of("t1", "t2")), parsed(q1, List.of(), List.of("t1"))));
    assertThat(store.counts().sightings()).isEqualTo(3);

    PageRef p2 = page(p1.getAddress(), "2.0");
    store.write(batch(teaser("t1", p2, 0, shared, "2024-05-01", null),
        teaser("t3", p2, 1, "The second teaser, now read right", "2024-05-01", null),
        parsed(p2, List.of(), List.of("t1", "t3"))));

    StoreCounts counts = store.counts();
    assertThat(counts.sightings()).isEqualTo(3);
    assertThat(counts.teasers()).isEqualTo(2);

    // A late copy of the old parse's teaser changes nothing.
    store.write(batch(teaser("t2", p1, 1, "Two teasers glued together by parser 1.0, wrongly", "2024-05-01", null)));
    assertThat(store.counts().sightings()).isEqualTo(3);
    assertThat(store.counts().teasers()).isEqualTo(2);
  }

  @Test
  void anArticleOfANewerParseReadBeforeTheOlderPageParsedEventStays() {
    PageRef v1 = page("https://kcnawatch.org/newstream/10", "1.0");
    PageRef v2 = page(v1.getAddress(), "2.0");
    Article old = article(v1, 0, "Old", "2024-05-01", BODY_A);
    Article added = article(v2, 1, "Found only by 2.0", "2024-05-02", BODY_B);
    store.write(batch(old, added));
    store.write(batch(parsed(v1, List.of(old.getId()), List.of())));
    assertThat(store.counts().articles()).isEqualTo(2);

    store.write(batch(article(v2, 0, "Old, reparsed", "2024-05-01", BODY_A),
        parsed(v2, List.of(articleId(v2, 0), added.getId()), List.of())));
    assertThat(store.search(null, null, null, 10)).extracting(SearchHit::title)
        .containsExactly("Found only by 2.0", "Old, reparsed");
  }

  @Test
  void searchFindsWordsWithinDatesNewestFirst() {
    PageRef p = page("https://kcnawatch.org/newstream/20", "1.0");
    store.write(batch(
        article(p, 0, "Missile launch", "2024-03-01", "The DPRK test-fired a new missile on Friday."),
        article(p, 1, "Farm visit", "2024-03-05", "Kim Jong Un visited a farm."),
        article(p, 2, "Missiles shown", "2024-03-09", "Several missiles were shown at a parade."),
        article(p, 3, "Missile again", "2024-04-02", "Another missile launch was reported."),
        article(p, 4, "Undated missile note", null, "A missile note without any date.")));

    assertThat(store.search("missile", null, null, 10)).extracting(SearchHit::title)
        .containsExactly("Missile again", "Missiles shown", "Missile launch", "Undated missile note");
    assertThat(store.search("missile", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 10))
        .extracting(SearchHit::title, SearchHit::published)
        .containsExactly(
            Tuple.tuple("Missiles shown", LocalDate.of(2024, 3, 9)),
            Tuple.tuple("Missile launch", LocalDate.of(2024, 3, 1)));
    assertThat(store.search("missile launch", null, LocalDate.of(2024, 3, 31), 10)).extracting(SearchHit::title)
        .containsExactly("Missile launch");
    assertThat(store.search("farm", null, null, 10)).extracting(SearchHit::address).containsExactly(p.getAddress());
    assertThat(store.search("missile", null, null, 1)).hasSize(1);
    assertThat(store.search("parade \"quoted", null, null, 10)).isEmpty();
  }

  @Test
  void searchBoundsAreDatesAndTheLimitIsPositive() {
    PageRef p = page("https://kcnawatch.org/newstream/21", "1.0");
    store.write(batch(article(p, 0, "Harvest", "2024-03-01", "A good harvest.")));

    assertThat(store.search("harvest", LocalDate.of(9999, 12, 31), null, 10)).isEmpty();
    assertThat(store.search("harvest", null, LocalDate.of(1, 1, 1), 10)).isEmpty();
    assertThat(store.search("harvest", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1), 10)).hasSize(1);
    assertThatThrownBy(() -> store.search("harvest", LocalDate.of(999_999_999, 12, 31), null, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.search("harvest", null, null, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.search("harvest", null, null, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTeaserArrivingBeforeItsArticleIsLinkedWhenTheArticleArrives() {
    PageRef home = page("https://kcnawatch.org/", "1.0");
    PageRef articlePage = page("https://kcnawatch.org/newstream/30", "1.0");
    store.write(batch(teaser("t-farm", home, 0, snippetOf(BODY_A) + "...", "2024-05-01", null),
        teaser("t-other-day", home, 1, snippetOf(BODY_A), "2024-05-02", null)));
    assertThat(store.counts().linkedTeasers()).isZero();

    store.write(batch(article(articlePage, 0, "Farm", "2024-05-01", BODY_A)));

    assertThat(linkOf("t-farm")).isEqualTo(articleId(articlePage, 0));
    assertThat(linkOf("t-other-day")).as("same words, other date").isNull();
  }

  @Test
  void aTeaserArrivingAfterItsArticleIsLinkedAtOnce() {
    PageRef articlePage = page("https://kcnawatch.org/newstream/31", "1.0");
    PageRef home = page("https://kcnawatch.org/", "1.0");
    store.write(batch(article(articlePage, 0, "Delegation", "2024-05-07", BODY_B)));

    store.write(batch(teaser("t-deleg", home, 0, snippetOf(BODY_B), "2024-05-07", null),
        teaser("t-by-link", home, 1, "Short", null, articlePage.getAddress()),
        teaser("t-unrelated", home, 2, snippetOf(BODY_A), "2024-05-07", null)));

    assertThat(linkOf("t-deleg")).isEqualTo(articleId(articlePage, 0));
    assertThat(linkOf("t-by-link")).isEqualTo(articleId(articlePage, 0));
    assertThat(linkOf("t-unrelated")).isNull();
    assertThat(store.counts().linkedTeasers()).isEqualTo(2);
  }

  @Test
  void offsetsMoveWithTheRowsAndOnlyFromWhereTheyWere() {
    TopicPartition tp = new TopicPartition("newswire.articles", 0);
    PageRef p = page("https://kcnawatch.org/newstream/40", "1.0");
    store.write(batch(article(p, 0, "One", "2024-05-01", BODY_A)).moveOffset(tp, null, 5), "g", r -> {});
    assertThat(store.offsets("g", List.of(tp))).isEqualTo(Map.of(tp, 5L));
    assertThat(store.offsets("other-group", List.of(tp))).isEmpty();

    Batch stale = batch(article(p, 1, "Two", "2024-05-01", BODY_B)).moveOffset(tp, 3L, 9);
    assertThatThrownBy(() -> store.write(stale, "g", r -> {})).isInstanceOf(OffsetConflictException.class);
    assertThat(store.counts().articles()).as("rolled back with the offset").isEqualTo(1);

    store.write(batch(article(p, 1, "Two", "2024-05-01", BODY_B)).moveOffset(tp, 5L, 9), "g", r -> {});
    assertThat(store.offsets("g", List.of(tp))).isEqualTo(Map.of(tp, 9L));
    assertThat(store.counts().articles()).isEqualTo(2);
  }

  @Test
  void aRowTheDatabaseRefusesIsSetAsideAndTheRestIsWritten() {
    TopicPartition tp = new TopicPartition("newswire.articles", 0);
    PageRef p = page("https://kcnawatch.org/newstream/50", "1.0");
    Article bad = article(p, 1, "No id", "2024-05-01", BODY_B);
    bad.setId("");
    Source badSource = next();
    Batch b = batch(article(p, 0, "Good", "2024-05-01", BODY_A), article(p, 2, "Also good", "2024-05-02", BODY_B))
        .add(bad, badSource).moveOffset(tp, null, 100);
    List<Rejected> rejected = new ArrayList<>();

    WriteCounts counts = store.write(b, "g", rejected::addAll);

    assertThat(rejected).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(badSource);
      assertThat(r.reason()).isNotBlank();
    });
    assertThat(counts.rejected()).isEqualTo(1);
    assertThat(store.counts().articles()).isEqualTo(2);
    assertThat(store.offsets("g", List.of(tp))).isEqualTo(Map.of(tp, 100L));
  }

  @Test
  void nothingIsCommittedWhenTheDeadLettersCannotBeSent() {
    TopicPartition tp = new TopicPartition("newswire.articles", 0);
    PageRef p = page("https://kcnawatch.org/newstream/60", "1.0");
    Batch b = batch(article(p, 0, "Good", "2024-05-01", BODY_A)).reject(next(), "garbage", null)
        .moveOffset(tp, null, 7);

    assertThatThrownBy(() -> store.write(b, "g", r -> {
      throw new IllegalStateException("dead-letter topic unreachable");
    })).hasMessageContaining("unreachable");

    assertThat(store.counts().articles()).isZero();
    assertThat(store.offsets("g", List.of(tp))).isEmpty();
  }

  @Test
  void storedPagesTellsWhetherAPageHoldsTheParseAskedAbout() {
    PageRef v1 = page("https://kcnawatch.org/newstream/70", "1.0");
    PageRef other = page("https://kcnawatch.org/newstream/71", "1.0");
    Article a = article(v1, 0, "Farm", "2024-05-01", BODY_A);
    store.write(batch(a, teaser("t1", v1, 0, "A teaser of the page", "2024-05-01", null),
        teaser("t2", v1, 1, "Another teaser of the page", "2024-05-01", null)));
    assertThat(store.storedPages(List.of(v1))).as("rows written, page-parsed event not yet").isEmpty();

    store.write(batch(parsed(v1, List.of(a.getId()), List.of("t1", "t2"))));
    assertThat(store.storedPages(List.of(v1, other)))
        .containsExactly(Map.entry(v1.getAddress(), new StoredPage(v1.getAddress(), 1, 2)));

    PageRef v2 = page(v1.getAddress(), "2.0");
    assertThat(store.storedPages(List.of(v2))).as("a replay's parse is not the stored one yet").isEmpty();
    store.write(batch(teaser("t1", v2, 0, "A teaser of the page", "2024-05-01", null), parsed(v2, List.of(), List.of("t1"))));
    assertThat(store.storedPages(List.of(v2))).containsExactly(Map.entry(v1.getAddress(), new StoredPage(v1.getAddress(), 0, 1)));
    assertThat(store.storedPages(List.of(v1))).isEmpty();
    assertThat(store.storedPages(List.of())).isEmpty();
  }

  @Test
  void summarizeCountsWhatThePagesHoldAndListsTheFirstArticles() {
    PageRef p = page("https://kcnawatch.org/newstream/80", "1.0");
    PageRef q = page("https://kcnawatch.org/newstream/81", "1.0");
    PageRef elsewhere = page("https://kcnawatch.org/newstream/82", "1.0");
    store.write(batch(article(p, 0, "First", "2024-05-01", BODY_A), article(p, 1, null, null, BODY_B),
        article(q, 0, "Third", "2024-05-03", BODY_A), article(elsewhere, 0, "Not asked about", "2024-05-04", BODY_B),
        teaser("shared", p, 0, "Shown on both pages", "2024-05-02", null),
        teaser("shared", q, 0, "Shown on both pages", "2024-05-02", null),
        teaser("later", q, 1, "Shown on one page", "2024-05-03", null),
        teaser("undated", q, 2, "Without a date", null, null),
        teaser("other", elsewhere, 0, "Not asked about", "2024-05-04", null)));

    PagesSummary summary = store.summarize(List.of(q.getAddress(), p.getAddress()), 2);

    assertThat(summary.articles()).isEqualTo(3);
    assertThat(summary.firstArticles()).extracting(StoredArticle::title).containsExactly("Third", "First");
    assertThat(summary.firstArticles().get(0)).isEqualTo(
        new StoredArticle(LocalDate.of(2024, 5, 3), "FOOTER", "Pyongyang", "Third", BODY_A));
    assertThat(store.summarize(List.of(p.getAddress()), 10).firstArticles().get(1)).isEqualTo(
        new StoredArticle(null, null, "Pyongyang", null, BODY_B));
    assertThat(new ArrayList<>(summary.teasersByDate().entrySet())).containsExactly(
        new SimpleEntry<>(LocalDate.of(2024, 5, 3), 1), new SimpleEntry<>(LocalDate.of(2024, 5, 2), 1),
        new SimpleEntry<>(null, 1));
    assertThat(summary.teasers()).isEqualTo(3);
    assertThat(summary.sightings()).isEqualTo(4);
  }

  @Test
  void nulCharactersAndAVeryLongLinkAreStoredAlikeOnEveryStore() {
    PageRef p = page("https://kcnawatch.org/newstream/70", "1.0");
    Article a = article(p, 0, "Farm\u0000 inspected", "2024-05-01", "Kim\u0000 Jong Un " + BODY_A);
    a.setWarnings(List.of("odd\u0000byte"));
    a.getDates().get(0).setRaw("Juche\u0000 113.2024-05-01");
    // Random letters, so no compression brings it under PostgreSQL's index entry limit (about 2.7 kB).
    String longLink = p.getAddress() + "?" + randomLetters(700 * 1024);
    PageRef home = page("https://kcnawatch.org/", "1.0");

    WriteCounts counts = store.write(batch(a,
        teaser("t-long", home, 0, "Sni\u0000ppet", "2024-05-01", longLink),
        teaser("t-linked", home, 1, "Short", null, p.getAddress())));

    assertThat(counts.rejected()).isZero();
    assertThat(row("SELECT title, body, warnings, dates FROM articles WHERE id = ?", a.getId()))
        .containsExactly("Farm inspected", "Kim Jong Un " + BODY_A, json("[\"oddbyte\"]"),
            json("[{\"date\":\"2024-05-01\",\"source\":\"FOOTER\",\"raw\":\"Juche 113.2024-05-01\"}]"));
    assertThat(row("SELECT text, link, article_id FROM teasers WHERE id = ?", "t-long"))
        .containsExactly("Snippet", longLink, null);
    assertThat(linkOf("t-linked")).as("linked by its link, through the prefix index").isEqualTo(a.getId());
  }

  @Test
  void textThatLooksLikeListSyntaxIsStoredAsGiven() {
    // Rows reach PostgreSQL as arrays: quotes, backslashes, braces, commas, the word NULL and the empty
    // string must come back as they went in, and a missing value as NULL.
    PageRef p = page("https://kcnawatch.org/newstream/80", "1.0");
    String title = "{\"NULL\", a\\b, {c}}";
    Article a = article(p, 0, title, "2024-05-01", "\"Quoted,\" {braced} and back\\slashed " + BODY_A);
    a.setDatelinePlace("NULL");
    a.setWarnings(List.of("", "NULL", "a,\"b\""));
    Teaser t = teaser("t-odd", p, 0, "NULL", null, "");
    t.setTitle("");
    t.setDatelinePlace("{\"x\"}");

    assertThat(store.write(batch(a, t)).rejected()).isZero();

    assertThat(row("SELECT title, body, dateline_place, warnings FROM articles WHERE id = ?", a.getId()))
        .containsExactly(title, "\"Quoted,\" {braced} and back\\slashed " + BODY_A, "NULL",
            json("[\"\", \"NULL\", \"a,\\\"b\\\"\"]"));
    assertThat(row("SELECT title, text, date, dateline_place, link FROM teasers WHERE id = ?", "t-odd"))
        .containsExactly("", "NULL", null, "{\"x\"}", "");
  }

  @Test
  void aTeaserSeenAgainChangedIsRewrittenAndSeenAgainUnchangedStaysAsItIs() {
    PageRef p = page("https://kcnawatch.org/newstream/81", "1.0");
    PageRef q = page("https://kcnawatch.org/newstream/82", "1.0");
    String text = "A teaser both pages show, long enough to carry a lead key with it";
    store.write(batch(teaser("t1", p, 0, text, "2024-05-01", null)));
    store.write(batch(teaser("t1", q, 3, text, "2024-05-01", null)));
    assertThat(row("SELECT text, date FROM teasers WHERE id = ?", "t1")).containsExactly(text, "2024-05-01");

    Teaser changed = teaser("t1", q, 3, text + ", corrected", "2024-05-02", "https://kcnawatch.org/newstream/1");
    store.write(batch(changed));
    assertThat(row("SELECT text, date, link, snippet_key FROM teasers WHERE id = ?", "t1"))
        .containsExactly(text + ", corrected", "2024-05-02", "https://kcnawatch.org/newstream/1",
            LeadKey.teaserSnippet(text + ", corrected"));
    // Only one column differs (null against a value, the comparison NULL-safe): still rewritten.
    changed.setDateRaw(null);
    store.write(batch(changed));
    assertThat(row("SELECT date_raw FROM teasers WHERE id = ?", "t1")).containsExactly((Object) null);
    assertThat(store.counts().sightings()).isEqualTo(2);
  }

  private static String randomLetters(int length) {
    Random random = new Random(8);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The columns of the one row the query finds: text, or JSON as a tree (PostgreSQL reorders keys). */
  private List<Object> row(String sql, String id) {
    try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("row %s stored", id).isTrue();
        List<Object> out = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          String value = r.getString(i);
          out.add(value == null || !value.startsWith("[") ? value : json(value));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private String linkOf(String teaserId) {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT article_id FROM teasers WHERE id = ?")) {
      s.setString(1, teaserId);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("teaser %s stored", teaserId).isTrue();
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
