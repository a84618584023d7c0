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

  @Test
  void anItemAddressAloneNamesTheLayoutOfABarePage() throws Exception {
    String prose = "World progressives have expressed their deep reverence for the leader.\n"
        + "The chief of a study group said that the party is invincible.\n";
    ParsedPage watch = parseText(prose, "https://kcnawatch.org/newstream/1679988838-840660728/foreigners-praise/", null);
    assertThat(watch.layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
    assertThat(watch.articles().get(0).published()).isNull();
    assertThatThrownBy(() -> parseText(prose, "https://kcnawatch.org/about/", null))
        .isInstanceOf(UnrecognisedPageException.class);

    String titled = "Rodong Sinmun Calls on Officials to Devote Themselves to People\n\n\n" + prose;
    ParsedPage item = parseText(titled,
        "http://www.uriminzokkiri.com/index.php?lang=eng&ptype=cfonew&mtype=view&no=41196", null);
    assertThat(item.layout()).isEqualTo(PageLayout.URIMINZOKKIRI);
    assertThat(item.articles().get(0).title()).isEqualTo("Rodong Sinmun Calls on Officials to Devote Themselves to People");
    assertThat(item.articles().get(0).published()).isNull();
    assertThatThrownBy(() -> parseText(titled, "http://www.uriminzokkiri.com/index.php?lang=eng", null))
        .isInstanceOf(UnrecognisedPageException.class);
    // The item address needs prose under it: other bytes at it are no article.
    String noise = "\u00d3k\u00a7 Q}z 9;x\n|| ~r0 ^^\nW\u00e9 \u00b6\u00b6 tt&\n";
    assertThatThrownBy(() -> parseText(noise,
        "http://www.uriminzokkiri.com/index.php?lang=eng&ptype=cfonew&mtype=view&no=41196", null))
        .isInstanceOf(UnrecognisedPageException.class);
    assertThatThrownBy(() -> parseText(noise, "https://kcnawatch.org/newstream/1679988838-840660728/x/", null))
        .isInstanceOf(UnrecognisedPageException.class);
  }
}
