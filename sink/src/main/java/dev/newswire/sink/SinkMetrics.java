package dev.newswire.sink;

import dev.newswire.sink.store.Rejected;
import dev.newswire.sink.store.WriteCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The sink's meters, in Prometheus as {@code newswire_sink_rows_written_total{table}} (rows upserted
 * in committed transactions), {@code newswire_sink_batch_seconds} (one committed transaction, a
 * histogram), {@code newswire_sink_consumer_lag} (records behind the end of the partitions this
 * instance owns, summed) and {@code newswire_dead_letters_total{stage="sink",reason}}.
 */
final class SinkMetrics {
  private final Counter articleSightings;
  private final Counter teaserSightings;
  private final Counter pages;
  private final Counter noValue;
  private final Counter unreadable;
  private final Counter refused;
  private final Timer batch;
  private final AtomicLong lag = new AtomicLong();

  SinkMetrics(MeterRegistry registry) {
    articleSightings = rows(registry, "article_sightings");
    teaserSightings = rows(registry, "teaser_sightings");
    pages = rows(registry, "pages");
    noValue = deadLetters(registry, "no_value");
    unreadable = deadLetters(registry, "unreadable");
    refused = deadLetters(registry, "refused_by_store");
    // A few fixed buckets from a fast local batch to a database struggling, not Micrometer's seventy.
    batch = Timer.builder("newswire.sink.batch").description("Writing one batch and its offsets, committed")
        .serviceLevelObjectives(millis(10), millis(50), millis(100), millis(250), millis(500), millis(1000),
            millis(2500), millis(5000), millis(10_000), millis(30_000))
        .register(registry);
    Gauge.builder("newswire.sink.consumer.lag", lag, AtomicLong::get)
        .description("Records behind the end of this instance's partitions, summed").register(registry);
  }

  Timer batch() {
    return batch;
  }

  void written(WriteCounts counts) {
    articleSightings.increment(counts.articles());
    teaserSightings.increment(counts.teaserEvents());
    pages.increment(counts.pagesParsed());
  }

  /** Counted by a bounded category; the dead letter itself carries the full reason. */
  void deadLettered(List<Rejected> rejected) {
    for (Rejected r : rejected) {
      (r.error() == null ? noValue : r.error() instanceof SerializationException ? unreadable : refused).increment();
    }
  }

  void lag(long records) {
    lag.set(records);
  }

  private static Duration millis(long n) {
    return Duration.ofMillis(n);
  }

  private static Counter rows(MeterRegistry registry, String table) {
    return Counter.builder("newswire.sink.rows.written").description("Rows written in committed transactions")
        .tag("table", table).register(registry);
  }

  private static Counter deadLetters(MeterRegistry registry, String reason) {
    return Counter.builder("newswire.dead.letters").description("Records sent to the dead-letter topic")
        .tag("stage", DeadLetters.STAGE).tag("reason", reason).register(registry);
  }
}
