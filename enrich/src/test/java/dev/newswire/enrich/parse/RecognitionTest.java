package dev.newswire.enrich.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.newswire.enrich.parse.Pages.parse;
import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recognition by best fit ({@link LayoutFit}): the page's own signals decide, not the order layouts are tried in. */
class RecognitionTest {

  @Test
  void aKcnaWatchCopyOfAnotherOutletIsAKcnaWatchPageEvenWithoutItsAddress() throws Exception {
    ParsedPage page = parse("real/kcna_watch_text/kcnawatch-co-2019-share-button-uriminzokkiri-source.txt", null,
        "text/plain", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Press Review");
    assertThat(a.dates()).extracting(f -> f.source() + "=" + f.date()).contains("HEADER=2019-01-10");
    assertThat(a.body()).doesNotContain("Share Button", "Source:");
    assertThat(page.warnings()).noneMatch(w -> w.contains("about equally"));
  }

  @Test
  void aKcnaWatchCopyOfMinjuChosonKeepsItsTitleApartFromTheOutletLine() throws Exception {
    ParsedArticle a = parse("real/kcna_watch_text/kcnawatch-2024-capture-minju-choson-2022-12-28.txt", null,
        "text/plain", null).articles().get(0);
    assertThat(a.title()).startsWith("March Towards the Future").doesNotContain("KCNA", "(EN)");
  }

  @Test
  void aKcnaKpArticlePageWithAListOfOtherArticlesGivesTheArticleAndTheListAsTeasers() throws Exception {
    ParsedPage page = parse("fixtures/kcna_kp_article/with-article-list.html",
        "http://www.kcna.kp/en/article/q/0123456789abcdef0123456789abcdef.kcmsf", null, null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_ARTICLE);
    assertThat(page.articles()).hasSize(1);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.title()).isEqualTo("Kim Jong Un Inspects Farm");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 14));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.body()).doesNotContain("Greetings to Cuban Leader");
    assertThat(page.teasers()).extracting(ParsedTeaser::title).containsExactly("Greetings to Cuban Leader", "Delegation Leaves");
    assertThat(page.teasers()).extracting(ParsedTeaser::date)
        .containsExactly(LocalDate.of(2024, 6, 13), LocalDate.of(2024, 6, 12));
    assertThat(page.teasers().get(0).link()).isEqualTo("http://www.kcna.kp/en/article/q/aaaa0000bbbb1111cccc2222dddd3333.kcmsf");
  }

  @Test
  void aKcnaKpTextRenderingIsAKcnaKpArticleDatedByTheStampGluedToTheEndMark() throws Exception {
    ParsedPage page = parse("real/kcna_kp_article/en-22695bc7-press-review-2023-03-18-text.txt",
        "http://kcna.kp/en/article/q/22695bc7cf47f4092ef070919bd85eb8.kcmsf", "text/plain", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_ARTICLE);
    ParsedArticle a = page.articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 18));
    assertThat(a.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).endsWith("sovereignty of Juche Korea.");
  }

  @Test
  void aWebArchiveCaptureOfAKcnaKpPageIsStillKcnaKp() throws Exception {
    ParsedPage page = parse("real/kcna_kp_article/en-64e900-press-review-2025-01-03-dropped-name-text.txt",
        "https://web.archive.org/web/20250104000000/http://kcna.kp/en/article/q/64e900f5bd0353837ca02d7babcce3ad.kcmsf",
        "text/plain", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_KP_ARTICLE);
    assertThat(page.articles().get(0).published()).isEqualTo(LocalDate.of(2025, 1, 3));
  }

  @Test
  void aPageThatFitsTwoLayoutsAboutEquallySaysSo() throws Exception {
    String text = "Uriminzokkiri\nPyongyang, May 1 (KCNA) -- A meeting was held in the capital.\n"
        + "Copyright (C) KOREA NEWS SERVICE(KNS)\n";
    ParsedPage page = parseText(text, null, LocalDate.of(2019, 5, 2));
    assertThat(page.warnings()).anySatisfy(w -> assertThat(w)
        .contains("about equally", "URIMINZOKKIRI", "KCNA_CO_JP", "read as " + page.layout()));
  }

  @Test
  void aPageThatFitsNoLayoutWellIsUnrecognisedAndNamesTheClosest() {
    assertThatThrownBy(() -> parseText("Our weekly notes.\nwww.kcna.kp (2025.5.2.)\n", null, null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessageContaining("No known page layout matches this page")
        .hasMessageContaining("scores only 1")
        .hasMessageContaining("of the " + LayoutFit.ENOUGH + " needed");
  }

  @Test
  void anAddressOnAnotherSiteOutweighsTheTextOfACutCopy() throws Exception {
    ParsedPage page = parseText("Pyongyang, May 2 (KCNA) -- A meeting was held. -0-\n",
        "http://www.kcna.co.jp/item/2005/200505/news05/02.htm", null);
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_CO_JP);
  }

  @Test
  void fitsAddUpAndDescribeTheirSignals() {
    LayoutFit fit = LayoutFit.none()
        .plus(true, LayoutFit.ADDRESS, "kcnawatch address")
        .plus(false, LayoutFit.MARKER, "capture line")
        .plus(true, LayoutFit.SHARED, "dateline");
    assertThat(fit.score()).isEqualTo(3);
    assertThat(fit.enough()).isTrue();
    assertThat(fit.describe()).isEqualTo("3 (kcnawatch address, dateline)");
    assertThat(LayoutFit.none().plus(true, LayoutFit.ADDRESS, "address").enough()).isFalse();
  }
}
