package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static dev.newswire.enrich.parse.Pages.parse;
import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;

class RodongAndUriminzokkiriTest {

  @Test
  void rodongArticleDateWinsOverTheDecoyScriptDate() throws Exception {
    ParsedPage page = parse("fixtures/rodong_article/decoy-script.html",
        "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-03-10-0002", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.RODONG_ARTICLE);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Respected Comrade Kim Jong Un Inspects Construction Site");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 10));
    assertThat(a.publishedSource()).isEqualTo(DateSource.RODONG_HEADER);
    assertThat(a.dates()).extracting(FoundDate::date).containsOnly(LocalDate.of(2022, 3, 10));
    assertThat(a.dates()).extracting(FoundDate::source).containsExactly(DateSource.RODONG_HEADER, DateSource.ADDRESS);
    assertThat(a.datelinePlace()).isNull();
    assertThat(a.paragraphs()).containsExactly(
        "The respected Comrade Kim Jong Un inspected the construction site of 10,000 flats on March 9.",
        "In Juche 110 (2021) the Party decided to build the flats.");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void realRodongArticleLosesItsCreditLineButKeepsItsLastParagraph() throws Exception {
    ParsedArticle a = parse("real/rodong_article/2022-02-11-0008-construction-workshop.html",
        "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-02-11-0008", null, null)
        .articles().get(0);
    assertThat(a.title()).isEqualTo("2nd Grand Workshop for Officials in Construction Sector Continues");
    assertThat(a.paragraphs()).first().isEqualTo("The 2nd grand workshop for officials in the construction sector continues.");
    assertThat(a.paragraphs()).last()
        .isEqualTo("The participants in the 2nd grand workshop entered into technical course.");
    assertThat(a.body()).doesNotContain("Rodong Sinmun");
  }

  @Test
  void rodongBase64AddressIsRead() throws Exception {
    String token = Base64.getEncoder().encodeToString("15@2024-06-10-H004@".getBytes(StandardCharsets.US_ASCII));
    ParsedArticle a = parse("fixtures/rodong_article/base64-address.html",
        "http://www.rodong.rep.kp/en/index.php?" + token, null, null).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 10));
    assertThat(a.dates()).extracting(FoundDate::source).containsExactly(DateSource.RODONG_HEADER, DateSource.ADDRESS);
    assertThat(a.title()).isEqualTo("Editorial: Let Us Advance");
    assertThat(a.datesDisagree()).isFalse();
  }

  @Test
  void rodongListRowsWithJavascriptLinks() throws Exception {
    ParsedPage page = parse("fixtures/rodong_list/list.html",
        "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_01_02", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.RODONG_LIST);
    assertThat(page.teasers()).containsExactly(
        new ParsedTeaser("Kim Jong Un Sends Greetings", null, LocalDate.of(2022, 2, 11), "2022.02.11", null,
            "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-02-11-0001"),
        new ParsedTeaser("Greater Harvest Called For", null, LocalDate.of(2022, 2, 10), "111.02.10", null,
            "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-02-10-0005"));
  }

  @Test
  void realRodongListGivesEveryRowItsOwnDateNotThePageHeaderDate() throws Exception {
    ParsedPage page = parse("real/rodong_list/list-2022-02-11-news-html.html",
        "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_01_02&iMenuID=2", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.RODONG_LIST);
    assertThat(page.articles()).isEmpty();
    assertThat(page.teasers()).hasSize(40);
    // Counted by hand from the ListNewsLineDate cells; the page header (Feb. 11, a Friday) dates none of them.
    assertThat(page.teasers()).extracting(ParsedTeaser::date).filteredOn(LocalDate.of(2022, 2, 11)::equals).hasSize(9);
    assertThat(page.teasers()).extracting(ParsedTeaser::date).filteredOn(LocalDate.of(2022, 2, 8)::equals).hasSize(8);
    assertThat(page.teasers()).extracting(ParsedTeaser::date)
        .allMatch(d -> !d.isBefore(LocalDate.of(2022, 2, 5)) && !d.isAfter(LocalDate.of(2022, 2, 11)));
    assertThat(page.teasers().get(5).title())
        .isEqualTo("National Art Exhibition Commemorates Birthday of Chairman Kim Jong Il");
    ParsedTeaser last = page.teasers().get(39);
    assertThat(last.title()).isEqualTo("Paektusan Prize Sports Games Opens in DPRK");
    assertThat(last.date()).isEqualTo(LocalDate.of(2022, 2, 5));
    assertThat(last.link()).isEqualTo("http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-02-05-0005");
  }

  @Test
  void uriminzokkiriEucKrPageUsesTheDatelineNotTheDisplayDate() throws Exception {
    ParsedPage page = parse("fixtures/uriminzokkiri/euc-kr.html", "http://www.uriminzokkiri.com/index.php?ptype=english", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.URIMINZOKKIRI);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Korean People\u2019s Struggle Praised");
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2019, 6, 19));
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 6, 19));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
    assertThat(a.dates()).extracting(FoundDate::date).doesNotContain(LocalDate.of(2019, 6, 20));
    assertThat(a.paragraphs().get(0)).contains("\u201c\ud1b5\uc77c\u201d");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void uriminzokkiriPageWithoutDatelineIsUndated() throws Exception {
    ParsedArticle a = parse("fixtures/uriminzokkiri/header-only.html", null, null, LocalDate.of(2020, 1, 4))
        .articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.dates()).isEmpty();
    assertThat(a.paragraphs()).containsExactly("Let us open the road to reunification in this year, Juche 109 (2020).");
  }

  @Test
  void rodongSectionListTextGivesUndatedHeadlinesWithTheirLeads() throws Exception {
    String list = "Sep. 19,Juche 113 (2024) Thursday  \n> Politics > 568\n\n"
        + "Precious Guideline, Earnest Request  \n\n\nDevelopment of long history is unthinkable without him.\n\n"
        + "New Houses Built\n\n\nMore houses have been built this year too.\n";
    ParsedPage page = parseText(list, "http://rodong.rep.kp/en/index.php?M0BAM0AxQDIwMjQtMDktMTY=%3D", null);
    assertThat(page.layout()).isEqualTo(PageLayout.RODONG_LIST);
    assertThat(page.articles()).isEmpty();
    assertThat(page.teasers()).extracting(ParsedTeaser::title)
        .containsExactly("Precious Guideline, Earnest Request", "New Houses Built");
    assertThat(page.teasers()).extracting(ParsedTeaser::text)
        .containsExactly("Development of long history is unthinkable without him.", "More houses have been built this year too.");
    // The date bar is the day the list was shown (19 September), the address another day (16 September): neither dates an item.
    assertThat(page.teasers()).extracting(ParsedTeaser::date).containsOnlyNulls();
  }

  @Test
  void rodongArticleTextTakesItsIssueDateLineButNeverTheDateBar() throws Exception {
    String dotted = "2024.2.20.\nOfficials laid a floral basket before the portrait.\nAll the participants paid tribute.\nRodong Sinmun\n";
    ParsedArticle a = parseText(dotted, "http://rodong.rep.kp/en/index.php?MTJAMjAyNC0wMi0yMC1IMDA5QDE1QDFAQDBAOQ=%3D", null)
        .articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(a.publishedSource()).isEqualTo(DateSource.RODONG_HEADER);
    assertThat(a.paragraphs()).containsExactly("Officials laid a floral basket before the portrait.",
        "All the participants paid tribute.");

    String barred = "May. 28,Juche 113 (2024) Tuesday  \nRodong Sinmun\nRespected Comrade Praised Abroad\n\n\n"
        + "Personages of different countries expressed their conviction.\n";
    ParsedPage page = parseText(barred, "http://rodong.rep.kp/en/index.php?MTJAMjAyMy0wMS0yOC1IMDA5QDE1QDFAQDBAOQ==", null);
    assertThat(page.layout()).isEqualTo(PageLayout.RODONG_ARTICLE);
    ParsedArticle b = page.articles().get(0);
    assertThat(b.title()).isEqualTo("Respected Comrade Praised Abroad");
    assertThat(b.published()).isEqualTo(LocalDate.of(2023, 1, 28));
    assertThat(b.publishedSource()).isEqualTo(DateSource.ADDRESS);
    assertThat(b.dates()).extracting(FoundDate::date).doesNotContain(LocalDate.of(2024, 5, 28));
    assertThat(b.paragraphs()).containsExactly("Personages of different countries expressed their conviction.");
  }
}
