package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;

/** A malformed escape in a page's address never costs the page. */
class MalformedAddressTest {
  private static final String TOKEN =
      Base64.getEncoder().encodeToString("15@2024-06-10-H004@".getBytes(StandardCharsets.US_ASCII));

  @ParameterizedTest
  @ValueSource(strings = {"%", "%2", "%zz", "%%", "%e2%80", "100%", "%G0"})
  void aStrayPercentIsKeptAndTheDateStillRead(String stray) {
    String address = "http://www.rodong.rep.kp/en/index.php?" + TOKEN.replace("=", "%3D") + "&q=" + stray;
    assertThat(AddressDates.read(address)).map(DateReading::date).contains(LocalDate.of(2024, 6, 10));
    assertThat(AddressDates.read("http://example.org/a" + stray)).isEmpty();
  }

  @Test
  void validEscapesAreDecodedAndMalformedOnesKeptAsPrinted() {
    assertThat(AddressDates.percentDecoded("a%20b%zz%2%")).isEqualTo("a b%zz%2%");
    assertThat(AddressDates.percentDecoded("%E2%80%99+%2B")).isEqualTo("\u2019++");
    assertThat(AddressDates.percentDecoded("%E2%80")).isEqualTo("\ufffd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "%2", "%zz"})
  void aPageUnderSuchAnAddressParses(String stray) throws Exception {
    ParsedPage page = parseText("Pyongyang, January 4 (KCNA) -- Workers met. -0-\nwww.kcna.kp (2024.1.4.)\n",
        "https://kcnawatch.org/newstream/1/?p=" + stray, LocalDate.of(2024, 1, 5));
    assertThat(page.articles()).singleElement().satisfies(a -> assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 4)));
  }
}
