package dev.newswire.enrich.parse.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormsTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "www.kcna.kp (Juche112.12.4.); 2023-12-04",
      "www.kcna.kp (Juche108.12.10.); 2019-12-10",
      "www.kcna.kp (2025.04.22.); 2025-04-22",
      "www.kcna.kp (2025.4.22.); 2025-04-22",
      "WWW.KCNA.KP ( Juche 113 . 1 . 5 ); 2024-01-05",
      "text -0- www.kcna.kp (2025.12.14.); 2025-12-14"})
  void footers(String text, LocalDate expected) {
    assertThat(DateForms.footer(text)).map(DateReading::date).contains(expected);
  }

  @Test
  void impossibleFooterIsRejectedWithAReason() {
    DateReading reading = DateForms.footer("www.kcna.kp (Juche112.13.45.)").orElseThrow();
    assertThat(reading.valid()).isFalse();
    assertThat(reading.problem()).contains("Juche112.13.45.");
    assertThat(DateForms.footer("www.kcna.kp (2023.2.30.)").orElseThrow().date()).isNull();
  }

  @Test
  void watchHeaderIsDayFirst() {
    assertThat(DateForms.watchHeader("Date: 04/03/2005 | Source: KCNA.kp (En) | Read original version at source"))
        .map(DateReading::date).contains(LocalDate.of(2005, 3, 4));
    assertThat(DateForms.watchHeader("Date: 12/11/2023")).map(DateReading::date).contains(LocalDate.of(2023, 11, 12));
    assertThat(DateForms.watchHeader("Date: 3/12/2023")).map(DateReading::date).contains(LocalDate.of(2023, 12, 3));
    assertThat(DateForms.watchHeader("Date: 13/13/2023").orElseThrow().valid()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "[2024.06.15]; 2024-06-15",
      "[2026.7.9.]; 2026-07-09",
      "[113.06.15]; 2024-06-15",
      "[Juche113.6.15.]; 2024-06-15",
      "Some title [ 2022.2.1 ]; 2022-02-01"})
  void bracketedListDates(String text, LocalDate expected) {
    assertThat(DateForms.bracketed(text)).map(DateReading::date).contains(expected);
  }

  @Test
  void bareListDateAndJucheYearsBelow1000() {
    assertThat(DateForms.dotted("2022.02.11")).map(DateReading::date).contains(LocalDate.of(2022, 2, 11));
    assertThat(DateForms.dotted("111.02.11")).map(DateReading::date).contains(LocalDate.of(2022, 2, 11));
    assertThat(DateForms.withoutBracketed("Kim Jong Un visits plant [2024.06.15]")).isEqualTo("Kim Jong Un visits plant");
  }

  @Test
  void captureLinePrintedTwiceGivesTheFirstDate() {
    assertThat(DateForms.englishDateLine("January 26, 2026Jan 26, 2026")).map(DateReading::date)
        .contains(LocalDate.of(2026, 1, 26));
    assertThat(DateForms.englishDateLine("January 05, 2026")).map(DateReading::date).contains(LocalDate.of(2026, 1, 5));
    assertThat(DateForms.englishDateLine("One day in November 2024, the respected")).isEmpty();
    assertThat(DateForms.englishDateLine("February 30, 2026").orElseThrow().valid()).isFalse();
  }

  @Test
  void calendarLineChecksBothCalendars() {
    DateReading agree = DateForms.calendarLine("calendar>>October 8. 2016 Juche 105").orElseThrow();
    assertThat(agree.date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(agree.problem()).isNull();
    DateReading withPipe = DateForms.calendarLine("calendar>> March 18. 2014 Juche 103 |").orElseThrow();
    assertThat(withPipe.date()).isEqualTo(LocalDate.of(2014, 3, 18));
    DateReading disagree = DateForms.calendarLine("calendar>>October 8. 2016 Juche 104").orElseThrow();
    assertThat(disagree.date()).isEqualTo(LocalDate.of(2016, 10, 8));
    assertThat(disagree.problem()).contains("Juche 104");
  }

  @Test
  void rodongAndUriminzokkiriHeaders() {
    DateReading rodong = DateForms.jucheHeader("Mar. 10,\u00a0Juche 111 (2022)\u00a0\u00a0Thursday").orElseThrow();
    assertThat(rodong.date()).isEqualTo(LocalDate.of(2022, 3, 10));
    assertThat(rodong.problem()).isNull();
    assertThat(DateForms.jucheHeader("June 20, Juche108(2019)").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 6, 20));
    assertThat(DateForms.jucheHeader("Mar. 10, Juche 111").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 3, 10));
    assertThat(DateForms.jucheHeader("Mar. 10, Juche 111 (2022) Friday").orElseThrow().problem()).contains("thursday");
    assertThat(DateForms.jucheHeader("Mar. 10, Juche 110 (2022)").orElseThrow().problem()).contains("disagree");
  }

  @Test
  void bodyStyleDatesAreNotHeaderForms() {
    assertThat(DateForms.footer("The year Juche 112 (2023) witnessed")).isEmpty();
    assertThat(DateForms.watchHeader("Dec. 31, 2007")).isEmpty();
    assertThat(DateForms.calendarLine("One day in November 2024")).isEmpty();
  }

  @Test
  void jucheCalendar() {
    assertThat(JucheDate.toGregorianYear(1)).isEqualTo(1912);
    assertThat(JucheDate.toGregorianYear(112)).isEqualTo(2023);
    assertThat(JucheDate.format(LocalDate.of(2023, 12, 4))).isEqualTo("Juche112.12.4.");
    assertThat(JucheDate.parse("Juche112.13.45.")).isEmpty();
  }
}
