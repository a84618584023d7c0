package dev.newswire.enrich.parse.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Pyongyang, December 4 (KCNA) -- The year; Pyongyang; 12; 4; KCNA",
      "Pyongyang,July 9 (KCNA) -- Text; Pyongyang; 7; 9; KCNA",
      "Tokyo, August 22 (KNS-KCNA) -- Text; Tokyo; 8; 22; KNS-KCNA",
      "   Pyongyang, March 3 (KCNA) \u2014 Text; Pyongyang; 3; 3; KCNA",
      "\u00a0\u00a0Panmunjom, Jan. 5 (KCNA) -- Text; Panmunjom; 1; 5; KCNA",
      "New York, Sept 30 (KCNA) -- Text; New York; 9; 30; KCNA",
      "Beijing, November 11 -- Text; Beijing; 11; 11;",
      "PYONGYANG, october 1 (KCNA) -- Text; PYONGYANG; 10; 1; KCNA"})
  void readsDatelineForms(String text, String place, int month, int day, String agency) {
    Dateline d = Dateline.find(text).orElseThrow();
    assertThat(d.place()).isEqualTo(place);
    assertThat(d.month()).isEqualTo(month);
    assertThat(d.day()).isEqualTo(day);
    assertThat(d.agency()).isEqualTo(agency);
  }

  @Test
  void sentencesAreNotDatelines() {
    assertThat(Dateline.find("One day in November 2024, the respected Comrade")).isEmpty();
    assertThat(Dateline.find("On December 4, the meeting opened")).isEmpty();
    assertThat(Dateline.find("Pyongyang, December 4 was a day of joy")).isEmpty();
  }

  @Test
  void decemberDatelineOnAJanuaryPageIsLastYear() {
    Dateline d = Dateline.find("Pyongyang, December 31 (KCNA) -- Text").orElseThrow();
    assertThat(d.resolve(LocalDate.of(2024, 1, 1))).contains(LocalDate.of(2023, 12, 31));
    assertThat(d.resolve(LocalDate.of(2024, 12, 31))).contains(LocalDate.of(2024, 12, 31));
  }

  @Test
  void leapDayOnlyExistsInLeapYears() {
    Dateline d = Dateline.find("Pyongyang, February 29 (KCNA) -- Text").orElseThrow();
    assertThat(d.resolve(LocalDate.of(2024, 3, 1))).contains(LocalDate.of(2024, 2, 29));
    assertThat(d.resolve(LocalDate.of(2023, 3, 1))).isEmpty();
  }
}
