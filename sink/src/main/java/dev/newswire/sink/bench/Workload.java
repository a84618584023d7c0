package dev.newswire.sink.bench;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Events as the parser emits them for {@code pages} pages: per page one article, ten teasers drawn
 * from a shared pool (a third as many teasers as pages, so each is seen about thirty times), and
 * the page-parsed event. Half the teasers announce their article by address, half by snippet.
 */
final class Workload {
  static final int TEASERS_PER_PAGE = 10;

  private final int pages;
  private final int pool;
  private final Random random = new Random(7);

  Workload(int pages) {
    this.pages = pages;
    this.pool = Math.max(TEASERS_PER_PAGE, pages / 3);
  }

  /** The events of page {@code i}, in the order enrich sends them. */
  List<Object> page(int i) {
    PageRef page = PageRef.newBuilder().setAddress(address(i)).setCapturedAt(Instant.parse("2024-05-01T06:00:00Z"))
        .setLayout("KCNA_WATCH_TEXT").setParserVersion("bench").build();
    Article article = Article.newBuilder().setId(address(i) + "#0").setPage(page).setIndexOnPage(0)
        .setTitle("Report " + i).setPublished(date(i)).setPublishedSource("FOOTER").setDatesDisagree(false)
        .setDates(List.of(new DateEvidence(date(i), "FOOTER", date(i)))).setDatelinePlace("Pyongyang")
        .setDatelineDate(date(i)).setBody(body(i)).setWarnings(List.of()).build();
    List<Object> events = new ArrayList<>(TEASERS_PER_PAGE + 2);
    events.add(article);
    List<Integer> ks = new ArrayList<>();
    for (int k = 0; k < pool; k++) {
      ks.add(k);
    }
    Collections.shuffle(ks, random);
    List<String> teaserIds = new ArrayList<>();
    for (int p = 0; p < TEASERS_PER_PAGE; p++) {
      int k = ks.get(p);
      boolean byLink = k % 2 == 0;
      String first = body(k).substring(0, 100);
      events.add(Teaser.newBuilder().setId("teaser-" + k).setPage(page).setPosition(p).setTitle("Report " + k)
          .setText(byLink ? "See the report" : first).setDate(date(k)).setDateRaw(date(k)).setDatelinePlace(null)
          .setLink(byLink ? address(k) : null).build());
      teaserIds.add("teaser-" + k);
    }
    events.add(PageParsed.newBuilder().setPage(page).setArticleIds(List.of(article.getId())).setTeaserIds(teaserIds)
        .setWarnings(List.of()).build());
    return events;
  }

  int pages() {
    return pages;
  }

  private static String address(int i) {
    return "https://kcnawatch.org/newstream/" + (1_000_000 + i);
  }

  private static String date(int i) {
    return LocalDate.of(2020, 1, 1).plusDays(i % 2000).toString();
  }

  private static String body(int i) {
    return "Report " + i + ": the workers of the complex overfulfilled their monthly plan ahead of schedule,"
        + " greeting the party congress with labour feats, the agency said on the day.\n\n"
        + "The success was reported at a meeting held on the spot, where speakers called for more.";
  }
}
