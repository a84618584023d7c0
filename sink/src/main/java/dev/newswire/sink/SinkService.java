package dev.newswire.sink;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.registry.RegistryException;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.sink.store.Batch;
import dev.newswire.sink.store.OffsetConflictException;
import dev.newswire.sink.store.Rejected;
import dev.newswire.sink.store.Source;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreCounts;
import dev.newswire.sink.store.StoreUnavailableException;
import dev.newswire.sink.store.WriteCounts;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles, teasers and page-parsed events and writes them to the store exactly once.
 *
 * <p>The position in each partition lives in the store's {@code sink_offsets} table, written in the
 * transaction that writes the rows; Kafka's committed offsets are never used. On assignment the
 * consumer seeks to the stored positions, so a crash at any instant resumes right after the last
 * committed transaction: no gap, no duplicate. While the database (or the dead-letter topic) is away
 * the same batch is retried with backoff, the partitions paused so the group keeps its members.
 */
public final class SinkService implements Runnable, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SinkService.class);
  private static final List<String> TOPICS = List.of(Topics.ARTICLES, Topics.TEASERS, Topics.PAGES_PARSED);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  // Longer than any batch takes to write: a loop that has not polled for this long is stuck.
  private static final Duration POLLED_WITHIN = Duration.ofSeconds(30);

  private final SinkConfig config;
  private final RetryPolicy retry;
  private final boolean ownsStore;
  private final MeterRegistry registry;
  private final SinkMetrics metrics;
  private volatile Store store;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean closed;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile Thread runner;

  // The stored position of every partition this consumer owns; null value: nothing stored yet.
  private final Map<TopicPartition, Long> positions = new HashMap<>();
  private final StoredPositions storedPositions = new StoredPositions();
  private boolean reassigned;
  private volatile boolean inGroup;
  private volatile long lastPoll;

  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong teaserEvents = new AtomicLong();
  private final AtomicLong pagesParsed = new AtomicLong();
  private final AtomicLong deadLetters = new AtomicLong();
  private final AtomicLong batches = new AtomicLong();
  private Instant lastProgress = Instant.now();

  /** @param registry where the Kafka client metrics and the sink's own ({@link SinkMetrics}) go */
  public SinkService(SinkConfig config, MeterRegistry registry) {
    this(config, null, RetryPolicy.DEFAULT, registry);
  }

  /** With a store opened by the caller (which stays the caller's to close) and a retry policy. */
  public SinkService(SinkConfig config, Store store, RetryPolicy retry, MeterRegistry registry) {
    this.config = config;
    this.store = store;
    this.ownsStore = store == null;
    this.retry = retry;
    this.registry = registry;
    this.metrics = new SinkMetrics(registry);
  }

  @Override
  public void run() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a sink service runs once");
    }
    runner = Thread.currentThread();
    try {
      if (store == null) {
        store = untilDone("open the store at " + config.jdbcUrl(), () ->
            Store.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword()));
        if (store == null) {
          return;
        }
      }
      log.info("sink started: group {}, store {}, batches of up to {}", config.groupId(), store.maskedUrl(),
          config.batchSize());
      consume();
    } finally {
      if (ownsStore && store != null) {
        store.close();
      }
      log.info("sink stopped: {}", counts());
      done.countDown();
    }
  }

  private void consume() {
    Topics topics = new Topics(new SchemaRegistryClient(config.registryUrl()));
    KafkaSettings kafka = config.kafka();
    Map<String, Object> props = kafka.consumerConfig();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-sink");
    // A killed sink's partitions go to its replacement after this long, not the 45 s default.
    props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    // Before the group is joined: otherwise each topic's first batch waited on the registry. The first
    // failure ends it, so a registry that is away costs one request's timeout, not three.
    if (!(topics.articles().prepareReads() && topics.teasers().prepareReads() && topics.pagesParsed().prepareReads())) {
      log.debug("some schemas are not in the registry yet; the first records of those topics will ask for theirs");
    }
    Map<String, Deserializer<?>> readers = Map.of(
        Topics.ARTICLES, topics.articles().valueSerde().deserializer(),
        Topics.TEASERS, topics.teasers().valueSerde().deserializer(),
        Topics.PAGES_PARSED, topics.pagesParsed().valueSerde().deserializer());
    try (DeadLetters dead = new DeadLetters(kafka, topics.deadLetters());
        KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
        KafkaClientMetrics consumerMetrics = new KafkaClientMetrics(c);
        KafkaClientMetrics producerMetrics = new KafkaClientMetrics(dead.producer())) {
      consumerMetrics.bindTo(registry);
      producerMetrics.bindTo(registry);
      consumer = c;
      c.subscribe(TOPICS, new Positions());
      while (!closed) {
        ConsumerRecords<byte[], byte[]> records = c.poll(config.pollTimeout());
        lastPoll = System.nanoTime();
        if (records.isEmpty() || writeUntilStored(records, readers, dead)) {
          storedPositions.publish(c);
        }
        metrics.lag(lag(c));
        logProgress();
      }
    } catch (WakeupException e) {
      if (!closed) {
        throw e;
      }
    } finally {
      consumer = null;
      inGroup = false;
    }
  }

  private static long lag(KafkaConsumer<?, ?> c) {
    long behind = 0;
    for (TopicPartition tp : c.assignment()) {
      behind += c.currentLag(tp).orElse(0);
    }
    return behind;
  }

  /**
   * Writes the records, retrying while the database or broker is away, or drops them on a rebalance.
   * @return whether they are stored; false when dropped or closed first
   */
  private boolean writeUntilStored(ConsumerRecords<byte[], byte[]> records, Map<String, Deserializer<?>> readers,
      DeadLetters dead) {
    reassigned = false;
    for (int attempt = 1; !closed; attempt++) {
      try {
        Batch batch = toBatch(records, readers);
        List<Rejected> sent = new ArrayList<>();
        long started = System.nanoTime();
        WriteCounts written = store.write(batch, config.groupId(), rejected -> {
          dead.accept(rejected);
          deadLetters.addAndGet(rejected.size());
          sent.addAll(rejected);
        });
        metrics.batch().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        metrics.written(written);
        metrics.deadLettered(sent);
        batch.offsets().forEach((tp, move) -> positions.put(tp, move.next()));
        articles.addAndGet(written.articles());
        teaserEvents.addAndGet(written.teaserEvents());
        pagesParsed.addAndGet(written.pagesParsed());
        batches.incrementAndGet();
        if (attempt > 1) {
          log.info("batch stored after {} attempts", attempt);
        }
        return true;
      } catch (OffsetConflictException e) {
        log.warn("{}", e.getMessage());
        refreshPositions();
        return false;
      } catch (StoreUnavailableException | RegistryUnavailableException | DeadLetters.DeadLetterException e) {
        Duration wait = retry.delay(attempt);
        log.warn("batch of {} records not stored (attempt {}): {}; retrying in {} ms", records.count(), attempt,
            e.getMessage(), wait.toMillis());
        waitInGroup(wait);
        if (reassigned) {
          log.info("partitions reassigned while waiting; reading again from the stored positions");
          seekToPositions();
          return false;
        }
      }
    }
    return false;
  }

  private Batch toBatch(ConsumerRecords<byte[], byte[]> records, Map<String, Deserializer<?>> readers) {
    Batch batch = new Batch();
    for (TopicPartition tp : records.partitions()) {
      Long stored = positions.get(tp);
      long last = -1;
      for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
        if (stored != null && r.offset() < stored) {
          continue;
        }
        last = r.offset();
        Source source = new Source(r.topic(), r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()),
            r.key(), r.value());
        if (r.value() == null) {
          batch.reject(source, "record has no value", null);
          continue;
        }
        try {
          batch.add(readers.get(r.topic()).deserialize(r.topic(), r.value()), source);
        } catch (SerializationException e) {
          if (RegistryException.isRegistryAway(e)) {
            throw new RegistryUnavailableException(e);
          }
          batch.reject(source, "cannot read the record: " + e.getMessage(), e);
        }
      }
      if (last >= 0) {
        batch.moveOffset(tp, stored, last + 1);
      }
    }
    return batch;
  }

  /** The registry could not be asked (as opposed to answering that the schema id is unknown). */

  /** Waits with the partitions paused, still polling so the group does not drop this member. */
  private void waitInGroup(Duration wait) {
    KafkaConsumer<byte[], byte[]> c = consumer;
    c.pause(c.assignment());
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (!closed && !reassigned && System.nanoTime() < deadline) {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        ConsumerRecords<byte[], byte[]> stray = c.poll(Duration.ofMillis(Math.min(left, 1000)));
        lastPoll = System.nanoTime();
        if (!stray.isEmpty()) {
          // Only partitions assigned meanwhile deliver while paused; they are read again later.
          reassigned = true;
        }
      }
    } finally {
      c.resume(c.paused());
    }
  }

  private void refreshPositions() {
    Map<TopicPartition, Long> stored = untilDone("read stored offsets",
        () -> store.offsets(config.groupId(), consumer.assignment()));
    if (stored == null) {
      return;
    }
    positions.clear();
    for (TopicPartition tp : consumer.assignment()) {
      positions.put(tp, stored.get(tp));
    }
    seekToPositions();
  }

  private void seekToPositions() {
    for (Map.Entry<TopicPartition, Long> e : positions.entrySet()) {
      if (e.getValue() == null) {
        consumer.seekToBeginning(List.of(e.getKey()));
      } else {
        consumer.seek(e.getKey(), e.getValue());
      }
    }
  }

  /** Seeks every owned partition to the store's position for it whenever the assignment changes. */
  private final class Positions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(positions::remove);
      storedPositions.forget(partitions);
      reassigned = true;
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      inGroup = false;
      onPartitionsRevoked(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      // Every owned partition, not only the new ones: a batch in flight for a kept one is dropped.
      reassigned = true;
      inGroup = true;
      refreshPositions();
      log.info("assigned {}; resuming from stored positions {}", partitions, positions);
    }
  }

  /** Runs the action until it succeeds, waiting while the store is away; null when closed first. */
  private <T> T untilDone(String what, Supplier<T> action) {
    for (int attempt = 1; !closed; attempt++) {
      try {
        return action.get();
      } catch (StoreUnavailableException e) {
        Duration wait = retry.delay(attempt);
        log.warn("cannot {} (attempt {}): {}; retrying in {} ms", what, attempt, e.getMessage(), wait.toMillis());
        try {
          closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    }
    return null;
  }

  private void logProgress() {
    Instant now = Instant.now();
    if (Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
      lastProgress = now;
      log.info("progress: {}", counts());
    }
  }

  public SinkCounts counts() {
    return new SinkCounts(articles.get(), teaserEvents.get(), pagesParsed.get(), deadLetters.get(), batches.get());
  }

  /**
   * Whether the sink is consuming: in its group with an assignment (possibly empty, when there are more
   * instances than partitions) and polling.
   */
  public boolean consuming() {
    return inGroup && !closed && System.nanoTime() - lastPoll < POLLED_WITHIN.toNanos();
  }

  /** The topics the sink stores. */
  public static List<String> topics() {
    return TOPICS;
  }

  /**
   * Whether this sink has stored every committed record before the given offsets (a topic's last stable
   * offsets, say), as of its last poll. Only meaningful for the partitions this instance owns.
   */
  public boolean storedUpTo(Map<TopicPartition, Long> ends) {
    return storedPositions.upTo(ends);
  }

  /** Whether the store is open and the database answers now; may take the store's connection timeout. */
  public boolean storeAnswers() {
    Store s = store;
    return s != null && s.answers();
  }

  /** Distinct rows in the store, once it is open. */
  public StoreCounts storeCounts() {
    Store s = store;
    if (s == null) {
      throw new IllegalStateException("the store is not open yet");
    }
    return s.counts();
  }

  /** Stops the loop after the batch in hand, and (from another thread) waits until it has stopped. */
  @Override
  public void close() {
    closed = true;
    closing.countDown();
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    if (started.get() && Thread.currentThread() != runner) {
      try {
        if (!done.await(30, TimeUnit.SECONDS)) {
          log.warn("sink did not stop within 30 s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The registry could not be reached to read a record's schema: wait, do not dead-letter. */
  static final class RegistryUnavailableException extends RuntimeException {
    RegistryUnavailableException(Throwable cause) {
      super("schema registry unavailable: " + cause.getMessage(), cause);
    }
  }
}
