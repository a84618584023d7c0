package dev.newswire.enrich.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static dev.newswire.enrich.parse.Pages.parseHtml;
import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing that is not news becomes an article: an article needs a body, a page needs a layout it fits well. */
class NoGarbageTest {
  private static final String WATCH = "https://kcnawatch.org/newstream/1701250527-285066777/press-review";
  private final PageParser parser = new PageParser();

  @Test
  void aBareFooterIsNoArticle() {
    assertThatThrownBy(() -> parseText("www.kcna.kp (Juche112.12.4.)\n", null, null))
        .isInstanceOf(UnrecognisedPageException.class);
  }

  @Test
  void aBareFooterAtAKcnaWatchAddressIsNoArticleEither() {
    assertThatThrownBy(() -> parseText("www.kcna.kp (Juche112.12.4.)\n", WATCH, null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessageContaining("KCNA_WATCH_TEXT")
        .hasMessageContaining("no article with body text");
  }

  @Test
  void furnitureOnlyIsNoArticle() {
    String furniture = "Share Button\nRead original version at source\nMore From KCNA.kp (En)\nMore Articles\n"
        + "Subscribe to the NK News 'Daily Update'\nWe use cookies to improve your experience.\n";
    assertThatThrownBy(() -> parseText(furniture, WATCH, null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessageContaining("no article with body text");
  }

  @Test
  void textThatMerelyMentionsKcnaKpIsNoArticle() {
    assertThatThrownBy(() -> parseText("For the news of the day see kcna.kp.\nwww.kcna.kp is the agency's site.\n",
        null, null)).isInstanceOf(UnrecognisedPageException.class);
  }

  @Test
  void aKcnaKpArticlePageWithoutParagraphsIsNoArticle() {
    String html = "<html><body><div class='article-main-title'>Title Only</div>"
        + "<div class='article-content-body'></div><span class='publish-time'>www.kcna.kp (2025.5.1.)</span></body></html>";
    assertThatThrownBy(() -> parseHtml(html, "http://www.kcna.kp/en/article/q/abc.kcmsf", null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessageContaining("KCNA_KP_ARTICLE");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"text/html", "text/plain", "image/png", "application/octet-stream"})
  void binaryBytesAtAKcnaWatchAddressAreNoArticle(String contentType) {
    byte[] bytes = new byte[64 * 1024];
    new Random(8).nextBytes(bytes);
    assertThatThrownBy(() -> parser.parse(new PageInput(WATCH, bytes, contentType, null)))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessageContaining("No known page layout matches this page (" + WATCH + ")");
  }

  @Test
  void anEmptyBodyIsDroppedButTheTeasersOfTheCaptureStay() throws Exception {
    String text = "Share Button\nMore From KCNA.kp (En)\nTeaser Title\nPyongyang, June 1 (KCNA) -- A snippet\n"
        + "June 01, 2025\nPyongyang, June 1 (KCNA) -- A snippet\nMore Articles\n";
    ParsedPage page = parseText(text, WATCH, null);
    assertThat(page.articles()).isEmpty();
    assertThat(page.teasers()).hasSize(1);
    assertThat(page.warnings()).anySatisfy(w -> assertThat(w).contains("without body text"));
  }

  @Test
  void aRealCopyStillGivesItsArticle() throws Exception {
    byte[] real = Pages.resource("real/kcna_watch_text/kcnawatch-co-2018-share-button-dprk-today.txt");
    ParsedPage page = parser.parse(new PageInput(WATCH, real, "text/plain", null));
    assertThat(page.articles()).hasSize(1);
    assertThat(new String(real, StandardCharsets.UTF_8)).contains("Share Button");
    assertThat(page.articles().get(0).body()).doesNotContain("Share Button", "NK News");
  }
}
