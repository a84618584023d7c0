package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.newswire.enrich.parse.Pages.parseText;
import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDatesTest {
  private static final LocalDate CAPTURED = LocalDate.of(2024, 1, 5);
  private static final String HEADER_DAY = "04/01/2024";

  private static String copy(String footer) {
    return "KCNA KCNA.kp (En)\nTitle of the Day\nDate: " + HEADER_DAY + " | Source: KCNA.kp (En)\n"
        + "Pyongyang, January 4 (KCNA) -- Workers met on Thursday. -0-\n" + footer + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"www.kcna.kp (Juche989.1.4.)", "www.kcna.kp (3000.1.4.)", "www.kcna.kp (9999.12.31.)"})
  void aFooterFarInTheFutureIsKeptAndFlaggedButNeverChosen(String footer) throws Exception {
    ParsedArticle a = parseText(copy(footer), null, CAPTURED).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 4));
    assertThat(a.publishedSource()).isEqualTo(DateSource.HEADER);
    FoundDate far = a.dates().stream().filter(f -> f.source() == DateSource.FOOTER).findFirst().orElseThrow();
    assertThat(far.date().getYear()).isGreaterThanOrEqualTo(2900);
    assertThat(a.warnings()).anyMatch(w -> w.contains("not taken as the publication date: FOOTER " + far.date())
        && w.contains("more than 2 days after the capture date 2024-01-05"));
    assertThat(a.datesDisagree()).isTrue();
  }

  @Test
  void aDayOrTwoAfterTheCaptureIsPyongyangTimeAndStands() throws Exception {
    ParsedArticle a = parseText(copy("www.kcna.kp (2024.1.7.)"), null, CAPTURED).articles().get(0);
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 7));
    assertThat(a.warnings()).noneMatch(w -> w.contains("not taken"));
  }

  @Test
  void threeDaysAfterTheCaptureIsTooLate() throws Exception {
    ParsedArticle a = parseText(copy("www.kcna.kp (2024.1.8.)"), null, CAPTURED).articles().get(0);
    assertThat(a.publishedSource()).isEqualTo(DateSource.HEADER);
    assertThat(a.dates()).contains(new FoundDate(LocalDate.of(2024, 1, 8), DateSource.FOOTER, "2024.1.8."));
  }

  @Test
  void aDateBeforeThePublishersExistedIsFlagged() throws Exception {
    ParsedArticle a = parseText(copy("www.kcna.kp (1900.1.4.)"), null, CAPTURED).articles().get(0);
    assertThat(a.publishedSource()).isEqualTo(DateSource.HEADER);
    assertThat(a.warnings()).anyMatch(w -> w.contains("FOOTER 1900-01-04") && w.contains("before 1945-11-01"));
  }

  @Test
  void withoutACaptureTimeTodayBoundsTheDate() throws Exception {
    ParsedArticle a = parseText("Pyongyang, May 4 (KCNA) -- Workers met. -0-\nwww.kcna.kp (3000.5.4.)\n", null, null)
        .articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.datelineDate()).isNull();
    assertThat(a.dates()).extracting(FoundDate::date).containsExactly(LocalDate.of(3000, 5, 4));
    assertThat(a.warnings()).anyMatch(w -> w.contains("more than 2 days after today"));
  }

  @Test
  void theDatelineYearComesFromAPlausibleDateOnly() throws Exception {
    ParsedArticle a = parseText("Pyongyang, January 4 (KCNA) -- Workers met. -0-\nwww.kcna.kp (9999.1.4.)\n", null,
        CAPTURED).articles().get(0);
    assertThat(a.datelineDate()).isEqualTo(LocalDate.of(2024, 1, 4));
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 4));
    assertThat(a.publishedSource()).isEqualTo(DateSource.DATELINE);
  }

  @Test
  void theEarliestCaptureBoundsAndABogusCaptureLineDoesNot() {
    FoundDate line = new FoundDate(LocalDate.of(2024, 1, 3), DateSource.CAPTURE_TIME, "January 3, 2024");
    assertThat(PlausibleDates.around(List.of(line), CAPTURED, LocalDate.of(2026, 1, 1)).latest())
        .isEqualTo(LocalDate.of(2024, 1, 5));
    FoundDate bogus = new FoundDate(LocalDate.of(1066, 1, 3), DateSource.CAPTURE_TIME, "January 3, 1066");
    assertThat(PlausibleDates.around(List.of(bogus), null, LocalDate.of(2026, 1, 1)).latest())
        .isEqualTo(LocalDate.of(2026, 1, 3));
  }
}
