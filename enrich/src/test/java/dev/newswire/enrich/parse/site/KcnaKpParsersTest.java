package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.newswire.enrich.parse.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

class KcnaKpParsersTest {
  private static final String ARTICLE = "http://www.kcna.kp/en/article/q/5f1a2b3c4d5e6f708192a3b4c5d6e7f8.kcmsf";

  @Test
  void jucheFooterArticleWithLeaderNameMarkup() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_article/juche-footer-nobr.html", ARTICLE, "text/html", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_ARTICLE);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Respected Comrade Kim Jong Un Visits Farm");
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 12, 10));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2019, 12, 10));
    assertThat(a.paragraphs()).containsExactly(
        "Pyongyang, December 10 (KCNA) -- The respected Comrade Kim Jong Un visited the Kumsanpho farm on"
            + " \"Monday\" & gave guidance.",
        "Comrade Kim Jong Un, chairman of the State Affairs Commission, said Kim Jong Un's plan of Juche 108"
            + " (2019) must be carried out.",
        "He was accompanied by officials.");
    // The decoy script date and the body's year never become dates.
    assertThat(a.dates()).extracting(FoundDate::date).containsOnly(LocalDate.of(2019, 12, 10));
  }

  @Test
  void gregorianFooterArticle() throws Exception {
    ParsedArticle a = parse("fixtures/kcna_kp_article/gregorian-footer.html", ARTICLE, null, null).articles().get(0);
    assertThat(a.title()).isEqualTo("Greetings Sent to Vietnamese President");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 14));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2025, 12, 13));
    assertThat(a.datesDisagree()).isTrue();
    assertThat(a.paragraphs()).hasSize(2).noneSatisfy(p -> assertThat(p).contains("kcna.kp"));
  }

  @Test
  void jucheEraListPage() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_list/juche-era.html", "http://www.kcna.kp/en/category/articles.kcmsf", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_LIST);
    assertThat(page.articles()).isEmpty();
    assertThat(page.teasers()).hasSize(3);
    ParsedTeaser first = page.teasers().get(0);
    assertThat(first.title()).isEqualTo("Kim Jong Un Inspects Construction Site");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 6, 15));
    assertThat(first.link()).isEqualTo("http://www.kcna.kp/en/article/q/5f1a2b3c4d5e6f708192a3b4c5d6e7f8.kcmsf");
    assertThat(page.teasers().get(1).date()).isEqualTo(LocalDate.of(2024, 6, 14));
    // 30 February in Juche 113: kept as a teaser, without a date, with a warning.
    assertThat(page.teasers().get(2).date()).isNull();
    assertThat(page.warnings()).anySatisfy(w -> assertThat(w).contains("113.02.30"));
  }

  @Test
  void realHomePageRowsWithDatemarkOncePerArticle() throws Exception {
    ParsedPage page = parse("real/kcna_kp_list/en-home-2024-08-04-juche-datemark.html", "http://www.kcna.kp/en", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_LIST);
    assertThat(page.articles()).isEmpty();
    // 84 dated article rows on the page name 39 articles; the 9 photo and video rows are not articles.
    assertThat(page.teasers()).hasSize(39);
    assertThat(page.teasers()).extracting(ParsedTeaser::link).doesNotHaveDuplicates()
        .allSatisfy(link -> assertThat(link).startsWith("http://www.kcna.kp/en/article/q/"));
    ParsedTeaser first = page.teasers().get(0);
    assertThat(first.title())
        .isEqualTo("Respected Comrade Kim Jong Un Pays Congratulatory Visit to Helicopter Unit of KPA Air Force");
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 8, 3));
    assertThat(page.teasers()).extracting(ParsedTeaser::date)
        .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2024, 6, 25), LocalDate.of(2024, 8, 4)));
    assertThat(page.warnings()).isEmpty();
  }

  @Test
  void gregorianEraListPage() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_list/gregorian-era.html", null, null, null);
    assertThat(page.teasers()).extracting(ParsedTeaser::date)
        .containsExactly(LocalDate.of(2024, 12, 24), LocalDate.of(2025, 1, 1));
    assertThat(page.teasers()).extracting(ParsedTeaser::title)
        .containsExactly("Plenary Meeting Opens", "Greetings to Cuban Leader");
  }

  @Test
  void redesignArticleWithoutDateUsesDatelineWithCaptureYear() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_redesign_article/no-date.html",
        "http://www.kcna.kp/en/article/detail/0a1b2c3d4e5f", null, LocalDate.of(2026, 7, 10));
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_REDESIGN_ARTICLE);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Kim Jong Un Visits Munitions Enterprise");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
    assertThat(a.paragraphs().get(0)).startsWith("Pyongyang, July 9 (KCNA) -- Kim Jong Un, general secretary");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void redesignArticleWithoutDatelineFallsBackToCaptureTime() throws Exception {
    ParsedArticle a = parse("fixtures/kcna_kp_redesign_article/no-date-no-dateline.html",
        "http://www.kcna.kp/en/article/detail/ffff", null, LocalDate.of(2026, 8, 1)).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(a.publishedSource()).isEqualTo(DateSource.CAPTURE_TIME);
    assertThat(a.datesDisagree()).isFalse();
  }

  @Test
  void redesignArticleWithNothingToDateItStaysUndated() throws Exception {
    ParsedArticle a = parse("fixtures/kcna_kp_redesign_article/no-date-no-dateline.html",
        "http://www.kcna.kp/en/article/detail/ffff", null, null).articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.dates()).isEmpty();
  }

  @Test
  void redesignListPage() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_redesign_list/list.html", "http://www.kcna.kp/en/category/1", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_REDESIGN_LIST);
    assertThat(page.teasers()).containsExactly(
        new ParsedTeaser("Kim Jong Un Visits Munitions Enterprise",
            "Pyongyang, July 9 (KCNA) -- Kim Jong Un visited a munitions enterprise.",
            LocalDate.of(2026, 7, 9), "[2026.7.9.]", "Pyongyang", "http://www.kcna.kp/en/article/detail/0a1b2c3d4e5f"),
        new ParsedTeaser("Greetings to Foreign Leader", null, LocalDate.of(2026, 7, 8), "[2026.07.08]", null,
            "http://www.kcna.kp/en/article/detail/6a7b8c9d0e1f"));
  }
}
