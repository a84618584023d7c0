package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PageDecoderTest {
  private static final String SENTENCE = "The Workers\u2019 Party of Korea \u2014 \u201cJuche\u201d \u00b7 \uc870\uc120 ";

  /** Many UTF-8 sentences with the given number of broken bytes (lone continuation or lead bytes, 0xFF) spread in. */
  private static byte[] utf8WithBadBytes(int bad, long seed) {
    Random random = new Random(seed);
    byte[] good = SENTENCE.repeat(200).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] cuts = random.ints(bad, 0, 200).sorted().toArray();
    byte[] sentence = SENTENCE.getBytes(StandardCharsets.UTF_8);
    int next = 0;
    for (int i = 0; i < 200; i++) {
      out.writeBytes(sentence);
      while (next < cuts.length && cuts[next] == i) {
        out.write(new int[] {0xff, 0x80, 0xc3, 0xfe}[random.nextInt(4)]);
        out.write(' ');
        next++;
      }
    }
    assertThat(out.size()).isGreaterThan(good.length);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 20})
  void aUtf8PageWithAFewBadBytesStaysUtf8(int bad) {
    PageDecoder.Decoded decoded = PageDecoder.decode(utf8WithBadBytes(bad, bad), null);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).contains("Workers\u2019 Party").doesNotContain("Workers\u00e2\u20ac\u2122");
    assertThat(decoded.text().chars().filter(c -> c == '\ufffd').count()).isEqualTo(bad);
    assertThat(decoded.warnings()).containsExactly(bad + (bad == 1 ? " byte sequence" : " byte sequences")
        + " not valid UTF-8, each replaced by U+FFFD; the rest of the page is UTF-8");
  }

  @Test
  void aSequenceCutAtTheEndIsOneReplacement() {
    byte[] bytes = "Workers\u2019 Party \u2019".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    PageDecoder.Decoded decoded = PageDecoder.decode(cut, null);
    assertThat(decoded.text()).isEqualTo("Workers\u2019 Party \ufffd");
    assertThat(decoded.warnings()).hasSize(1);
  }

  @Test
  void anAsciiPageWithOneHighByteIsWindows1252() {
    PageDecoder.Decoded decoded = PageDecoder.decode("The Workers\u0092 Party".getBytes(StandardCharsets.ISO_8859_1), null);
    assertThat(decoded.text()).isEqualTo("The Workers\u2019 Party");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void aDeclaredUtf8PageWithABadByteSaysSo() {
    PageDecoder.Decoded decoded = PageDecoder.decode(utf8WithBadBytes(3, 7), "text/html; charset=UTF-8");
    assertThat(decoded.text()).contains("Workers\u2019 Party");
    assertThat(decoded.warnings()).singleElement().asString().startsWith("3 byte sequences not valid UTF-8");
  }

  @Test
  void aRealWindows1252PageIsStillWindows1252() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] bytes = "The Workers\u2019 Party met in the caf\u00e9 \u2014 \u201cna\u00efve\u201d. ".repeat(50).getBytes(cp1252);
    PageDecoder.Decoded decoded = PageDecoder.decode(bytes, null);
    assertThat(decoded.charset()).isEqualTo(cp1252);
    assertThat(decoded.text()).startsWith("The Workers\u2019 Party met in the caf\u00e9 \u2014 \u201cna\u00efve\u201d.");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void theParsedArticleKeepsItsQuotesAndThePageWarns() throws Exception {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.writeBytes(("KCNA KCNA.kp (En)\nTitle\nDate: 04/01/2024 | Source: KCNA.kp (En)\n"
        + "Pyongyang, January 4 (KCNA) -- The Workers\u2019 Party met ").getBytes(StandardCharsets.UTF_8));
    page.write(0xff);
    page.writeBytes(" here. -0-\n".getBytes(StandardCharsets.UTF_8));
    ParsedPage parsed = new PageParser().parse(new PageInput(null, page.toByteArray(), "text/plain", LocalDate.of(2024, 1, 5)));
    assertThat(parsed.articles().get(0).body()).contains("The Workers\u2019 Party met \ufffd here.");
    assertThat(parsed.warnings()).anyMatch(w -> w.startsWith("1 byte sequence not valid UTF-8"));
  }
}
