package dev.newswire.enrich.parse.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class DatePropertiesTest {
  private static final LocalDate JUCHE_1 = LocalDate.of(1912, 1, 1);
  /** Printed Juche years have at most three digits (a four-digit year is Gregorian): up to Juche 999 = 2910. */
  private static final int LAST_JUCHE_DAY = (int) ChronoUnit.DAYS.between(JUCHE_1, LocalDate.of(2910, 12, 31));

  @Property
  void everyJucheDateRoundTrips(@ForAll @IntRange(min = 0, max = 364_877) int daysAfterJuche1) {
    assertThat(daysAfterJuche1).isLessThanOrEqualTo(LAST_JUCHE_DAY);
    LocalDate date = JUCHE_1.plusDays(daysAfterJuche1);
    String printed = JucheDate.format(date);
    assertThat(JucheDate.parse(printed)).contains(date);
    assertThat(DateForms.dotted(printed)).map(DateReading::date).contains(date);
    assertThat(DateForms.footer("www.kcna.kp (" + printed + ")")).map(DateReading::date).contains(date);
  }

  @Property
  void jucheYearIsGregorianMinus1911(@ForAll @IntRange(min = 1, max = 8000) int juche) {
    assertThat(JucheDate.toGregorianYear(juche)).isEqualTo(juche + 1911);
    assertThat(JucheDate.toJucheYear(JucheDate.toGregorianYear(juche))).isEqualTo(juche);
  }

  @Property
  void noInvalidDateIsEverEmittedFromDottedForms(@ForAll @IntRange(min = 0, max = 9999) int year,
                          @ForAll @IntRange(min = 0, max = 20) int month,
                          @ForAll @IntRange(min = 0, max = 40) int day) {
    int gregorian = year < 1000 ? year + 1911 : year;
    Optional<LocalDate> expected = year == 0 ? Optional.empty() : real(gregorian, month, day);
    for (String text : new String[]{year + "." + month + "." + day + ".", "[" + year + "." + month + "." + day + "]"}) {
      Optional<DateReading> reading = DateForms.dotted(text);
      assertThat(reading).isPresent();
      assertThat(Optional.ofNullable(reading.get().date())).isEqualTo(expected);
    }
  }

  @Property
  void noInvalidDateIsEverEmittedFromWordForms(@ForAll @IntRange(min = 1000, max = 9999) int year,
                         @ForAll @IntRange(min = 1, max = 12) int month,
                         @ForAll @IntRange(min = 0, max = 40) int day) {
    Optional<LocalDate> expected = real(year, month, day);
    String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    assertReading(DateForms.englishDateLine(name + " " + day + ", " + year), expected);
    assertReading(DateForms.watchHeader(String.format("Date: %02d/%02d/%d | Source: KCNA.kp (En)", day, month, year)), expected);
    assertReading(DateForms.calendarLine("calendar>>" + name + " " + day + ". " + year), expected);
    assertReading(DateForms.jucheHeader(name.substring(0, 3) + ". " + day + ", (" + year + ")"), expected);
    if (year > 1911 && year <= 2910) {
      assertReading(DateForms.jucheHeader(name + " " + day + ", Juche" + (year - 1911)), expected);
    }
  }

  @Property
  void noInvalidDateIsEverEmittedFromDatelines(@ForAll @IntRange(min = 1, max = 12) int month,
                         @ForAll @IntRange(min = 1, max = 31) int day,
                         @ForAll @IntRange(min = 1913, max = 2100) int refYear) {
    String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    Dateline dateline = Dateline.find("Pyongyang, " + name + " " + day + " (KCNA) -- text").orElseThrow();
    LocalDate reference = LocalDate.of(refYear, 6, 15);
    Optional<LocalDate> resolved = dateline.resolve(reference);
    assertThat(resolved).isEqualTo(real(Dateline.yearFor(month, reference), month, day));
  }

  @Property
  void datelineYearRollsBackOnlyWhenItsMonthIsLater(@ForAll @IntRange(min = 1, max = 12) int datelineMonth,
                            @ForAll @IntRange(min = 1, max = 12) int referenceMonth,
                            @ForAll @IntRange(min = 1, max = 28) int referenceDay,
                            @ForAll @IntRange(min = 1913, max = 2100) int referenceYear) {
    LocalDate reference = LocalDate.of(referenceYear, referenceMonth, referenceDay);
    String name = Month.of(datelineMonth).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    Dateline dateline = Dateline.find("Pyongyang, " + name + " 1 (KCNA) -- text").orElseThrow();
    LocalDate resolved = dateline.resolve(reference).orElseThrow();
    int expectedYear = datelineMonth > referenceMonth ? referenceYear - 1 : referenceYear;
    assertThat(resolved).isEqualTo(LocalDate.of(expectedYear, datelineMonth, 1));
    // A dateline never lands in a later month than the reference day, and never more than a year before it.
    assertThat(resolved.withDayOfMonth(1)).isBeforeOrEqualTo(reference.withDayOfMonth(1));
    assertThat(resolved).isAfter(reference.minusYears(1).withDayOfMonth(1).minusDays(1));
  }

  private static void assertReading(Optional<DateReading> reading, Optional<LocalDate> expected) {
    assertThat(reading).isPresent();
    assertThat(Optional.ofNullable(reading.get().date())).isEqualTo(expected);
    if (expected.isEmpty()) {
      assertThat(reading.get().problem()).contains("not a real calendar date");
    }
  }

  private static Optional<LocalDate> real(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
