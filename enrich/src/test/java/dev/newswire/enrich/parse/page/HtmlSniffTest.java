package dev.newswire.enrich.parse.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A content type names a page's kind only when it says HTML; text/plain (a .txt name) is checked against the bytes. */
class HtmlSniffTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<html><body><p>Pyongyang, May 4 (KCNA) -- Text.</p></body></html>| text/plain | true",
      "  \n<!DOCTYPE html><html><p>x</p></html>                          | text/plain; charset=utf-8 | true",
      "<div class=a>text</div>                                            | text/plain | true",
      "Pyongyang, May 4 (KCNA) -- A <p> in the text of a copy.           | text/plain | false",
      "Pyongyang, May 4 (KCNA) -- Text.                                   | text/html | true",
      "<p>Pyongyang, May 4 (KCNA) -- Text.</p>                            | | true",
      "Pyongyang, May 4 (KCNA) -- Text.                                   | | false",
      "<notes>not a page</notes>                                          | text/plain | false"})
  void textPlainIsSniffed(String text, String contentType, boolean html) {
    assertThat(DecodedPage.looksLikeHtml(text.strip(), contentType == null ? null : contentType.strip())).isEqualTo(html);
  }
}
