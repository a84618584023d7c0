package dev.newswire.sink.store;

import java.time.Instant;

/** The Kafka record an event was read from: for dead letters, and for its time. */
public record Source(String topic, int partition, long offset, Instant timestamp, byte[] key, byte[] value) {

  /** A source for events that did not come from Kafka (benchmarks, tests). */
  public static Source synthetic(long offset) {
    return new Source("synthetic", 0, offset, Instant.EPOCH, null, null);
  }
}
