package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.schemas.avro.Article;
import dev.newswire.testkit.OneItem;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemIdentityTest {
  private static final PageParser PARSER = new PageParser();
  private static final String LEAD = "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the"
      + " State Affairs of the Democratic People's Republic of Korea, sent a message of greeting to To Lam,"
      + " general secretary of the Central Committee of the Communist Party of Viet Nam, on December 13.";

  @Test
  void theKcnaWatchCopyTheKcnaKpOriginalAndACutCopyAreOneItem() throws Exception {
    List<Article> articles = OneItem.all().stream().map(ItemIdentityTest::captured).toList();

    assertThat(articles).extracting(Article::getItemId).doesNotContainNull().allMatch(id -> id.startsWith("i-"))
        .containsOnly(articles.get(0).getItemId());
    assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();
    // What differs between the copies, and does not count.
    assertThat(articles).extracting(a -> a.getPage().getLayout()).containsExactly("KCNA_WATCH_TEXT", "KCNA_KP_ARTICLE", "KCNA_WATCH_TEXT");
    assertThat(articles.get(0).getPublished()).isEqualTo("2025-12-14");
    assertThat(articles.get(1).getPublished()).isEqualTo("2025-12-13");
    assertThat(articles.get(2).getBody()).doesNotContain(OneItem.FULL_BODY_END);
    assertThat(articles.get(1).getBody()).contains(OneItem.FULL_BODY_END);
  }

  @Test
  void spacingPunctuationCaseGluedNamesAndTheEndMarkDoNotCount() {
    String id = ItemIdentity.of(article("Pyongyang, December 13 (KCNA) -- " + LEAD, "Rest of the body. -0-"));
    assertThat(ItemIdentity.of(article("Pyongyang,December 13 (KCNA)--  " + LEAD.replace("Kim Jong Un", "KimJongUn")
        .replace("'", "\u2019").toUpperCase(), "Rest   of the body.")))
        .isEqualTo(id);
    assertThat(ItemIdentity.of(article("Pyongyang, December 13 (KNS-KCNA) -- " + LEAD.replace(",", " ,"))))
        .as("cut after the lead, and the mirror's bracket").isEqualTo(id);
  }

  @Test
  void anotherDayPlaceOrLeadIsAnotherItem() {
    String id = ItemIdentity.of(article("Pyongyang, December 13 (KCNA) -- " + LEAD));
    assertThat(ItemIdentity.of(article("Pyongyang, December 14 (KCNA) -- " + LEAD))).isNotEqualTo(id);
    assertThat(ItemIdentity.of(article("Wonsan, December 13 (KCNA) -- " + LEAD))).isNotEqualTo(id);
    assertThat(ItemIdentity.of(article("Pyongyang, December 13 (KCNA) -- " + LEAD.replace("To Lam", "Luong Cuong"))))
        .isNotEqualTo(id);
    assertThat(ItemIdentity.of(article("Pyongyang, December 13 (KCNA) -- " + LEAD.substring(0, 120))))
        .as("cut within the lead: a known limit").isNotEqualTo(id);
  }

  @Test
  void withoutADatelineThePublicationDateStandsIn() {
    ParsedArticle may1 = new ParsedArticle("t", LocalDate.of(2024, 5, 1), DateSource.RODONG_HEADER, false, List.of(),
        null, null, List.of(LEAD), List.of());
    ParsedArticle may2 = new ParsedArticle("t", LocalDate.of(2024, 5, 2), DateSource.RODONG_HEADER, false, List.of(),
        null, null, List.of(LEAD), List.of());
    assertThat(ItemIdentity.of(may1)).isEqualTo(ItemIdentity.of(may1)).isNotEqualTo(ItemIdentity.of(may2));
  }

  @Test
  void twoRealCapturesOfOneKcnaWatchAddressAreOneItem() throws Exception {
    String address = "https://kcnawatch.org/newstream/1685100000-000000/press-review/";
    Article first = captured(new OneItem.Capture(address, real("kcna_watch_text/kcnawatch-2026-capture-press-review-2023-05-26.txt"),
        "text/plain", Instant.parse("2026-01-23T00:00:00Z")));
    Article second = captured(new OneItem.Capture(address,
        real("kcna_watch_text/kcnawatch-2026-01-08-capture-press-review-2023-05-26-second-capture.txt"), "text/plain",
        Instant.parse("2026-01-08T00:00:00Z")));
    assertThat(first.getItemId()).isEqualTo(second.getItemId());
  }

  /** As the parser gives it: the dateline's place and day read from the first paragraph. */
  @Test
  void aRealKcnaWatchCopyAndItsKcnaKpOriginalAreOneItemThoughOnlyOneHasATitle() throws Exception {
    Article copy = captured(new OneItem.Capture("https://kcnawatch.org/newstream/1741599757-910508715/review-of-rodong-sinmun",
        real("kcna_watch_text/kcnawatch-2025-capture-review-of-rodong-sinmun-2025-03-10-same-day.txt"), "text/plain",
        Instant.parse("2025-03-10T08:00:00Z")));
    Article original = captured(new OneItem.Capture("http://kcna.kp/en/article/q/64e900f5bd0353837ca02d7babcce3ada590525340f7b12be4ad26e7f802328586e3f678356c6bea6037dffb29b9da0c.kcmsf",
        real("kcna_kp_article/en-64e900-review-of-rodong-sinmun-2025-03-10-text.txt"), "text/plain",
        Instant.parse("2025-03-10T09:00:00Z")));
    assertThat(copy.getTitle()).isNotEqualTo(original.getTitle());
    assertThat(copy.getItemId()).isEqualTo(original.getItemId());
  }

  private static ParsedArticle article(String... paragraphs) {
    Dateline dateline = Dateline.find(paragraphs[0]).orElseThrow();
    return new ParsedArticle("Title", LocalDate.of(2025, 12, 13), DateSource.FOOTER, false, List.of(), dateline.place(),
        LocalDate.of(2025, dateline.month(), dateline.day()), List.of(paragraphs), List.of());
  }

  private static byte[] real(String name) throws IOException {
    try (InputStream in = ItemIdentityTest.class.getResourceAsStream("/real/" + name)) {
      return in.readAllBytes();
    }
  }

  static Article captured(OneItem.Capture capture) {
    try {
      var parsed = PARSER.parse(PageInput.captured(capture.address(), capture.content(), capture.contentType(),
          capture.capturedAt()));
      return EventMapper.map(capture.address(), capture.capturedAt(), parsed).articles().get(0);
    } catch (Exception e) {
      throw new AssertionError(capture.address() + ": " + e.getMessage(), e);
    }
  }
}
