package dev.newswire.sink;

import java.time.Duration;

/**
 * How long to wait before the n-th retry of work that failed for a reason outside it (the database
 * or the broker away): doubling from {@code first}, never more than {@code max}. Retries never end;
 * the sink would rather wait than drop or skip a record.
 */
public record RetryPolicy(Duration first, Duration max) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30));

  public RetryPolicy {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max, not " + first + ", " + max);
    }
  }

  /** The wait before retry number {@code attempt} (1 for the first retry). */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, not " + attempt);
    }
    // Shift at most 30 times: past that the cap has long been reached and longs would overflow.
    long millis = first.toMillis() << Math.min(attempt - 1, 30);
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
