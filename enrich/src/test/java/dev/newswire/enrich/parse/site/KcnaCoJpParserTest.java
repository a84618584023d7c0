package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.newswire.enrich.parse.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

class KcnaCoJpParserTest {

  @Test
  void twoArticlesOnOnePageEachWithItsOwnDatelineAndDate() throws Exception {
    ParsedPage page = parse("fixtures/kcna_co_jp/calendar-two-articles.txt",
        "http://www.kcna.co.jp/item/2016/201610/news08/20161008-16ee.html", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_CO_JP);
    assertThat(page.articles()).hasSize(2);

    ParsedArticle first = page.articles().get(0);
    assertThat(first.title()).isEqualTo("Kim Jong Un Sends Greetings to Chinese President");
    assertThat(first.datelinePlace()).isEqualTo("Pyongyang");
    assertThat(first.datelineDate()).isEqualTo(LocalDate.of(2016, 10, 7));
    assertThat(first.published()).isEqualTo(LocalDate.of(2016, 10, 7));
    assertThat(first.publishedSource()).isEqualTo(DateSource.DATELINE);
    assertThat(first.dates()).extracting(FoundDate::source)
        .containsExactly(DateSource.DATELINE, DateSource.CALENDAR_LINE, DateSource.ADDRESS);
    assertThat(first.datesDisagree()).isTrue();
    assertThat(first.paragraphs()).containsExactly(
        "Pyongyang, October 7 (KCNA) -- Kim Jong Un sent a message of greetings to Xi Jinping.",
        "The message wished him success in his work.");

    ParsedArticle second = page.articles().get(1);
    assertThat(second.title()).isEqualTo("Korean Residents in Japan Hold MeetingRodong Sinmun Calls for Reunification");
    assertThat(second.datelinePlace()).isEqualTo("Tokyo");
    assertThat(second.published()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(second.datesDisagree()).isFalse();
    assertThat(second.paragraphs()).hasSize(3);
    assertThat(second.paragraphs().get(1)).isEqualTo("Speakers stressed the need for unity, and \"independence\".");
    assertThat(second.body()).doesNotContain("Copyright", "|", "-0-");
    assertThat(page.warnings()).isEmpty();
  }

  @Test
  void calendarLineWhoseCalendarsDisagreeIsWarnedAbout() throws Exception {
    ParsedPage page = parse("fixtures/kcna_co_jp/calendar-disagree.txt", null, null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_CO_JP);
    assertThat(page.warnings()).anySatisfy(w -> assertThat(w).contains("Juche 104"));
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Delegation Leaves");
    assertThat(a.dates()).contains(new FoundDate(LocalDate.of(2014, 3, 18), DateSource.CALENDAR_LINE,
        "calendar>> March 18. 2014 Juche 104"));
    assertThat(a.published()).isEqualTo(LocalDate.of(2014, 3, 18));
  }

  @Test
  void oldWindows1252HtmlPageWithAddressDateAndYearRollover() throws Exception {
    ParsedPage page = parse("fixtures/kcna_co_jp/old-2008-windows-1252.html",
        "http://www.kcna.co.jp/item/2008/200801/news01/05.htm", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_CO_JP);
    assertThat(page.articles()).hasSize(2);
    ParsedArticle first = page.articles().get(0);
    assertThat(first.title()).isEqualTo("Kim Jong Il Inspects Army Unit");
    assertThat(first.datelineDate()).isEqualTo(LocalDate.of(2008, 1, 4));
    assertThat(first.dates()).contains(new FoundDate(LocalDate.of(2008, 1, 5), DateSource.ADDRESS,
        "/item/2008/200801/news01/05.htm"));
    assertThat(first.paragraphs().get(1))
        .isEqualTo("He praised the soldiers\u2019 \u201cfeats\u201d and the caf\u00e9 of the unit.");
    ParsedArticle second = page.articles().get(1);
    assertThat(second.title()).isEqualTo("New Year Greetings to Kim Jong Il");
    assertThat(second.datelineDate()).isEqualTo(LocalDate.of(2007, 12, 31));
    assertThat(second.published()).isEqualTo(LocalDate.of(2007, 12, 31));
  }

  @Test
  void declaredWindows1252ContentTypeIsHonoured() throws Exception {
    ParsedPage page = parse("fixtures/kcna_co_jp/old-2008-windows-1252.html",
        "http://www.kcna.co.jp/item/2008/200801/news01/05.htm", "text/html; charset=windows-1252", null);
    assertThat(page.articles().get(0).paragraphs().get(0)).contains("Korean People\u2019s Army");
    assertThat(page.warnings()).isEmpty();
  }
}
