package dev.newswire.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code --captured-at} values: a date (a Pyongyang calendar day, stored as its first instant so
 * it reads back as the same day) or an ISO instant.
 */
final class CaptureTimes implements CommandLine.ITypeConverter<Instant> {
  static final ZoneId PYONGYANG = ZoneId.of("Asia/Pyongyang");

  @Override
  public Instant convert(String value) {
    if (value.length() == 10) {
      return Arguments.date(value).atStartOfDay(PYONGYANG).toInstant();
    }
    try {
      // Four-digit years only: Instant.parse takes +999999999-12-31T00:00:00Z too.
      if (!Character.isDigit(value.charAt(0))) {
        throw new DateTimeParseException("no year", value, 0);
      }
      return Instant.parse(value);
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD) or an instant (2026-02-14T03:00:00Z)");
    }
  }

  static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(PYONGYANG).toLocalDate();
  }
}
