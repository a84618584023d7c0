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
import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;

class KcnaWatchTextParserTest {
  private static final String DIR = "fixtures/kcna_watch_text/";

  @Test
  void fullCopyWithCaptureLineTitleTwiceAndHeader() throws Exception {
    ParsedPage page = parse(DIR + "full-with-capture-line.txt", null, "text/plain", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Kim Jong Un Inspects Regional Factories");
    assertThat(a.published()).isEqualTo(LocalDate.of(2026, 1, 25));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    // The capture date is kept as what it is, and never chosen.
    assertThat(a.dates()).contains(new FoundDate(LocalDate.of(2026, 1, 26), DateSource.CAPTURE_TIME,
        "January 26, 2026Jan 26, 2026"));
    assertThat(a.dates()).extracting(FoundDate::source)
        .containsExactly(DateSource.FOOTER, DateSource.HEADER, DateSource.DATELINE, DateSource.CAPTURE_TIME);
    assertThat(a.datesDisagree()).isFalse();
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(0)).isEqualTo("Pyongyang, January 25 (KCNA) -- Kim Jong Un, general secretary"
        + " of the Workers' Party of Korea, inspected regional-industry factories on Saturday.");
    assertThat(a.paragraphs().get(2)).endsWith("ahead of schedule.");
    assertThat(a.body()).doesNotContain("Date:", "Source:", "KCNA.kp (En)", "Read original", "-0-");
  }

  @Test
  void bodyDatesNeverBecomeArticleDates() throws Exception {
    ParsedArticle a = parse(DIR + "full-with-capture-line.txt", null, "text/plain", null).articles().get(0);
    assertThat(a.dates()).extracting(FoundDate::date)
        .doesNotContain(LocalDate.of(2007, 12, 31), LocalDate.of(2024, 11, 1));
  }

  @Test
  void teasersKeepTheirTitlesAndZeroPaddedDates() throws Exception {
    ParsedPage page = parse(DIR + "full-with-capture-line.txt", null, "text/plain", null);
    assertThat(page.teasers()).containsExactly(
        new ParsedTeaser("Youth League Meeting Held",
            "Pyongyang, January 26 (KCNA) -- A meeting of the youth league was held at the Central Youth Hall on Mond",
            LocalDate.of(2026, 1, 26), "January 26, 2026", "Pyongyang", null),
        new ParsedTeaser(null,
            "Pyongyang, January 05 (KCNA) -- Seminars on the works of Kim Jong Il were held in Laos and Nepal to",
            LocalDate.of(2026, 1, 5), "January 05, 2026", "Pyongyang", null));
  }

  @Test
  void footerMissingFallsBackToDayFirstHeader() throws Exception {
    ParsedArticle a = parse(DIR + "footer-missing-header-day-first.txt", null, null, null).articles().get(0);
    assertThat(a.title()).isEqualTo("Joint Editorial Published");
    assertThat(a.published()).isEqualTo(LocalDate.of(2005, 3, 4));
    assertThat(a.publishedSource()).isEqualTo(DateSource.HEADER);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2005, 3, 3));
    assertThat(a.datesDisagree()).isTrue();
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("disagree"));
  }

  @Test
  void decemberDatelineOnJanuaryCaptureIsPreviousYearAndCaptureIsNotPublished() throws Exception {
    ParsedArticle a = parse(DIR + "december-dateline-january-capture.txt", null, null, null).articles().get(0);
    assertThat(a.title()).isEqualTo("New Year Performance Given");
    assertThat(a.datelinePlace()).isEqualTo("Pyongyang");
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void decemberDatelineWithJanuaryFooter() throws Exception {
    ParsedArticle a = parse(DIR + "december-dateline-january-footer.txt", null, null, null).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(a.datesDisagree()).isTrue();
  }

  @Test
  void pageWithOnlyBodyDatesGetsNoDate() throws Exception {
    ParsedArticle a = parse(DIR + "body-dates-only.txt", null, null, LocalDate.of(2024, 12, 2)).articles().get(0);
    assertThat(a.title()).isEqualTo("Article on Self-Reliance");
    assertThat(a.published()).isNull();
    assertThat(a.publishedSource()).isNull();
    assertThat(a.dates()).isEmpty();
    assertThat(a.datelineDate()).isNull();
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void gregorianFooterEra() throws Exception {
    ParsedArticle a = parse(DIR + "gregorian-footer.txt", null, null, null).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(a.datesDisagree()).isFalse();
  }

  @Test
  void impossibleFooterIsIgnoredWithAWarningAndTheCaptureGivesTheDatelineYear() throws Exception {
    ParsedArticle a = parse(DIR + "invalid-footer.txt", null, null, LocalDate.of(2023, 12, 6)).articles().get(0);
    assertThat(a.dates()).extracting(FoundDate::source).doesNotContain(DateSource.FOOTER);
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("Juche112.13.45."));
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 12, 4));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void datelineWithoutAnyYearSourceStaysUndatedWithAWarning() throws Exception {
    ParsedArticle a = parse(DIR + "invalid-footer.txt", null, null, null).articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.datelinePlace()).isEqualTo("Pyongyang");
    assertThat(a.datelineDate()).isNull();
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("no year"));
  }

  @Test
  void byteOrderMarkCrlfAndTypographicCharacters() throws Exception {
    ParsedArticle a = parse(DIR + "utf8-bom-crlf.txt", null, null, null).articles().get(0);
    assertThat(a.paragraphs()).containsExactly(
        "Pyongyang, May 5 (KCNA) -- A floral basket was sent to the Korean Children\u2019s Union \u2014 \u201cwith love\u201d.",
        "It arrived safely.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 5));
  }

  @Test
  void entitiesInTextCopiesAreDecoded() throws Exception {
    ParsedArticle a = parseText("Pyongyang, June 1 (KCNA) -- Workers &amp; farmers met &quot;today&quot;. -0-\n"
        + "www.kcna.kp (2025.6.1.)\n", null, null).articles().get(0);
    assertThat(a.paragraphs()).containsExactly("Pyongyang, June 1 (KCNA) -- Workers & farmers met \"today\".");
  }

  @Test
  void bareKcnaTextIsTakenAsACutCopy() throws Exception {
    ParsedPage page = parseText("  Pyongyang, June 1 (KCNA) -- A meeting was held. -0-\n", null, LocalDate.of(2025, 6, 2));
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
    assertThat(page.articles().get(0).published()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(page.articles().get(0).publishedSource()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void newstreamIdGivesTheYearOfAFooterlessCopyButNeverItsDate() throws Exception {
    // The id 1618525033 is 2021-04-15 22:17 UTC, 2021-04-16 07:17 in Pyongyang: KCNA Watch's copy of the item.
    String address = "https://kcnawatch.org/newstream/1618525033-583730385/respected-comrade-kim-jong-un-visits";
    String text = "Pyongyang, April 16 (KCNA) -- A floral basket was laid. -0-\n"
        + "More From KCNA.kp (En)\n"
        + "Pyongyang, June 13 (KCNA) -- Scientists of the Academy have\n"
        + "June 13, 2025\n";
    ParsedPage page = parseText(text, address, null);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 4, 16));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
    assertThat(a.dates()).extracting(FoundDate::source).containsExactly(DateSource.DATELINE);
    assertThat(page.teasers()).extracting(ParsedTeaser::date).containsExactly(LocalDate.of(2025, 6, 13));
  }

  @Test
  void newstreamIdOutranksACaptureLineButNotTheCopysOwnDates() throws Exception {
    String address = "https://kcnawatch.org/newstream/1609426800-1/x";  // 2020-12-31 15:00 UTC, 2021-01-01 in Pyongyang
    ParsedArticle cutCopy = parseText("January 09, 2026Jan 09, 2026\n"
        + "Pyongyang, December 31 (KCNA) -- A meeting was held. -0-\n", address, null).articles().get(0);
    assertThat(cutCopy.published()).isEqualTo(LocalDate.of(2020, 12, 31));
    ParsedArticle withHeader = parseText("Press Review\n"
        + "Date: 04/03/2005 | Source: KCNA.co.jp (En) | Read original version at source\n"
        + "Pyongyang, March 3 (KCNA) -- A memorandum was released. -0-\n", address, null).articles().get(0);
    assertThat(withHeader.datelineDate()).isEqualTo(LocalDate.of(2005, 3, 3));
    assertThat(withHeader.published()).isEqualTo(LocalDate.of(2005, 3, 4));
  }
}
