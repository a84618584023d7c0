package dev.newswire.enrich.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static dev.newswire.enrich.parse.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageParserTest {
  private final PageParser parser = new PageParser();

  @Test
  void unrecognisedHtmlPageSaysSo() {
    assertThatThrownBy(() -> parse("fixtures/unrecognised/weather.html", "http://example.org/weather", null, null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessage("No known page layout matches this page (http://example.org/weather).");
  }

  @Test
  void unrecognisedTextPageSaysSo() {
    assertThatThrownBy(() -> parse("fixtures/unrecognised/plain.txt", null, "text/plain", null))
        .isInstanceOf(UnrecognisedPageException.class)
        .hasMessage("No known page layout matches this page.");
  }

  @Test
  void emptyPageIsUnrecognised() {
    assertThatThrownBy(() -> parser.parse(new PageInput(null, "  \n".getBytes(StandardCharsets.UTF_8), null, null)))
        .isInstanceOf(UnrecognisedPageException.class);
  }

  @Test
  void textWithTagsIsTakenForHtmlUnlessDeclaredPlain() throws Exception {
    byte[] html = "<html><body><div class='article-main-title'>T</div><div class='article-content-body'><p>Pyongyang, May 1 (KCNA) -- X. -0-</p><span class='publish-time'>www.kcna.kp (2025.5.1.)</span></div></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(new PageInput(null, html, null, null)).layout()).isEqualTo(PageLayout.KCNA_KP_ARTICLE);
  }

  @Test
  void aKcnaItemQuotingOtherSitesIsStillAKcnaWatchCopy() throws Exception {
    String text = "Pyongyang, May 2 (KCNA) -- Uriminzokkiri and Rodong Sinmun reported on kcna.co.jp matters.\n"
        + "More. -0-\nwww.kcna.kp (2025.5.2.)\n";
    assertThat(Pages.parseText(text, null, null).layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
  }

  @Test
  void parserIsReusableAcrossThreads() throws Exception {
    byte[] sample = Pages.resource("samples/kcna-watch-2023-12-04.txt");
    List<Future<ParsedPage>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> parser.parse(new PageInput(null, sample, null, null))));
      }
      for (var r : results) {
        assertThat(r.get().teasers()).hasSize(20);
      }
    } finally {
      pool.shutdown();
    }
  }
}
