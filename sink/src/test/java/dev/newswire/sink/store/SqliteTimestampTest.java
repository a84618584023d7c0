package dev.newswire.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp is, to the character, what the pattern printed before it (stored rows compare as text). */
class SqliteTimestampTest {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void randomTimesOverTenThousandYearsPrintAsThePatternPrintsThem() {
    SplittableRandom random = new SplittableRandom(20261202);
    long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      Instant t = Instant.ofEpochSecond(random.nextLong(from, to + 1), random.nextInt(1_000_000_000));
      assertThat(SqliteDialect.timestamp(t)).isEqualTo(PATTERN.format(t));
    }
  }

  @Test
  void edgesAndYearsOutsideFourDigitsToo() {
    for (String s : new String[] {"1970-01-01T00:00:00Z", "2023-12-04T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00.001Z", "2024-02-29T12:00:00.5Z"}) {
      Instant t = Instant.parse(s);
      assertThat(SqliteDialect.timestamp(t)).as(s).isEqualTo(PATTERN.format(t));
    }
  }
}
