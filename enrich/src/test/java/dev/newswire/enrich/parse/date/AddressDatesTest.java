package dev.newswire.enrich.parse.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class AddressDatesTest {

  @ParameterizedTest
  @CsvSource({
      "http://www.kcna.co.jp/item/2008/200801/news01/05.htm, 2008-01-05",
      "http://www.kcna.co.jp/item/2002/200210/news10/25.htm#3, 2002-10-25",
      "http://www.kcna.co.jp/item/2016/201610/news08/20161008-16ee.html, 2016-10-08",
      "http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-03-10-0002, 2022-03-10"})
  void readsSiteSchemes(String address, LocalDate expected) {
    assertThat(AddressDates.read(address)).map(DateReading::date).contains(expected);
  }

  @Test
  void readsBase64RodongAddress() {
    String token = Base64.getEncoder().encodeToString("15@2024-06-10-H004@".getBytes(StandardCharsets.US_ASCII));
    assertThat(AddressDates.read("http://www.rodong.rep.kp/en/index.php?MTVAMjAyNC0wNi0xMC1IMDA0QA==".replace(
        "MTVAMjAyNC0wNi0xMC1IMDA0QA==", token))).map(DateReading::date).contains(LocalDate.of(2024, 6, 10));
    assertThat(AddressDates.read("http://www.rodong.rep.kp/en/index.php?" + token.replace("=", "%3D")))
        .map(DateReading::date).contains(LocalDate.of(2024, 6, 10));
  }

  @Test
  void ignoresAddressesWithoutADateScheme() {
    assertThat(AddressDates.read("http://www.kcna.kp/en/article/q/5f0e2e7ea8b7e2a0f3c1d1c3c2a1a0b9.kcmsf")).isEmpty();
    assertThat(AddressDates.read(null)).isEmpty();
    assertThat(AddressDates.read("http://example.org/2022/03/10/story")).isEmpty();
  }

  @Test
  void impossibleAddressDateIsRejected() {
    assertThat(AddressDates.read("http://www.kcna.co.jp/item/2016/201602/news30/20160230-01ee.html"))
        .hasValueSatisfying(r -> assertThat(r.valid()).isFalse());
  }

  @Test
  void kcnaWatchCopyDayIsThePyongyangDayOfTheNewstreamId() {
    assertThat(AddressDates.kcnaWatchCopyDay(
        "https://kcnawatch.org/newstream/1618525033-583730385/respected-comrade-kim-jong-un-visits-kumsusan-palace-of-sun"))
        .contains(LocalDate.of(2021, 4, 16));
    // 2024-05-29 15:05 UTC is already the next day in Pyongyang.
    assertThat(AddressDates.kcnaWatchCopyDay("https://kcnawatch.org/newstream/1716995158-212615285/kim-yo-jong/"))
        .contains(LocalDate.of(2024, 5, 30));
    assertThat(AddressDates.kcnaWatchCopyDay("https://kcnawatch.co/newstream/1547049730-85497323/press-review/"))
        .contains(LocalDate.of(2019, 1, 10));
    assertThat(AddressDates.kcnaWatchCopyDay(
        "https://kcnawatch.org/newstream/1617057125-409529928/statement/?t=1629129194902")).contains(LocalDate.of(2021, 3, 30));
    assertThat(AddressDates.kcnaWatchCopyDay("https://example.org/newstream/1618525033-583730385/x")).isEmpty();
    assertThat(AddressDates.kcnaWatchCopyDay("https://kcnawatch.org/newstream/161852503-583730385/x")).isEmpty();
    assertThat(AddressDates.kcnaWatchCopyDay(null)).isEmpty();
    // Not a publication date: read() does not take it.
    assertThat(AddressDates.read("https://kcnawatch.org/newstream/1618525033-583730385/x")).isEmpty();
  }
}
