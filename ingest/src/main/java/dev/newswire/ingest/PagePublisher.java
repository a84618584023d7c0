package dev.newswire.ingest;

import dev.newswire.ingest.source.PageSource;
import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.BoundedDeadLetter.Origin;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.RawPage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes pages to the raw-pages topic unchanged, keyed by address, through an idempotent
 * producer: a retried send never writes a page twice. An input that cannot be a page (unreadable,
 * broken, over the size limit) is reported on one line and goes to the dead-letter topic, stage
 * {@code ingest}, with its reason and at most an excerpt of its bytes; the others are still published.
 */
public final class PagePublisher implements AutoCloseable {
  /** Longer addresses are not a page's: they are refused rather than made keys. */
  public static final int MAX_ADDRESS_CHARS = 8192;
  static final String STAGE = "ingest";

  private final KafkaProducer<String, RawPage> producer;
  private final KafkaProducer<String, DeadLetter> deadLetterProducer;
  private final Topic<String, RawPage> topic;
  private final Topic<String, DeadLetter> deadLetters;
  private final int maxPageBytes;
  private final BoundedDeadLetter deadLetterBounds;
  private final Clock clock;
  private final Progress progress;

  public PagePublisher(KafkaSettings kafka, Topic<String, RawPage> topic, Topic<String, DeadLetter> deadLetters,
      Clock clock, Progress progress) {
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
    this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    config.put(ProducerConfig.CLIENT_ID_CONFIG, config.get(ProducerConfig.CLIENT_ID_CONFIG) + "-dead-letters");
    this.deadLetterProducer = new KafkaProducer<>(config, deadLetters.keySerde().serializer(),
        deadLetters.valueSerde().serializer());
    this.topic = topic;
    this.deadLetters = deadLetters;
    this.maxPageBytes = kafka.maxPageBytes();
    this.deadLetterBounds = BoundedDeadLetter.forTopics(kafka);
    this.clock = clock;
    this.progress = progress;
  }

  /** Publishes every page of the source and waits until the broker has acknowledged them all. */
  public IngestSummary publish(PageSource source) throws IOException {
    long started = System.nanoTime();
    AtomicLong sent = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    progress.start(source.describe());
    Consumer<Rejected> reject = r -> {
      rejected.incrementAndGet();
      progress.rejected(r);
      deadLetter(r, failed, firstError);
    };
    source.forEach(page -> {
      if (page.address() == null || page.address().isEmpty() || page.address().length() > MAX_ADDRESS_CHARS) {
        String what = page.address() == null ? "no address" : String.format("an address of %,d characters", page.address().length());
        reject.accept(new Rejected(shorten(page.address()), shorten(page.address()), "page with " + what
            + " (at most " + MAX_ADDRESS_CHARS + ")", page.content()));
        return;
      }
      if (page.content().length > maxPageBytes) {
        // Sources stop reading at the limit; this catches one that does not.
        reject.accept(new Rejected(page.address(), page.address(), String.format(
            "page over the %,d-byte limit (--max-page-bytes)", maxPageBytes), page.content()));
        return;
      }
      RawPage value = RawPage.newBuilder()
          .setAddress(page.address())
          .setSource(page.source())
          .setCapturedAt(page.capturedAt())
          .setCapturedAtSource(page.capturedAtSource())
          .setContentType(page.contentType())
          .setContent(ByteBuffer.wrap(page.content()))
          .setIngestedAt(clock.instant())
          .build();
      producer.send(new ProducerRecord<>(topic.name(), page.address(), value), (metadata, error) -> {
        if (error != null) {
          failed.incrementAndGet();
          firstError.compareAndSet(null, page.address() + ": " + error.getMessage());
        }
      });
      sent.incrementAndGet();
      bytes.addAndGet(page.content().length);
      progress.update(sent.get(), bytes.get());
    }, reject);
    producer.flush();
    deadLetterProducer.flush();
    IngestSummary summary = new IngestSummary(sent.get() - failed.get(), bytes.get(), rejected.get(), failed.get(),
        firstError.get(), (System.nanoTime() - started) / 1_000_000);
    progress.finish(summary);
    return summary;
  }

  private void deadLetter(Rejected rejected, AtomicLong failed, AtomicReference<String> firstError) {
    DeadLetter letter = deadLetterBounds.of(STAGE, Origin.outsideKafka(topic.name()), rejected.reason(), null,
        rejected.address(), rejected.address(), rejected.excerpt(), clock.instant());
    deadLetterProducer.send(new ProducerRecord<>(deadLetters.name(), rejected.address(), letter), (metadata, error) -> {
      if (error != null) {
        failed.incrementAndGet();
        firstError.compareAndSet(null, rejected.origin() + ": dead letter not written: " + error.getMessage());
      }
    });
  }

  private static String shorten(String address) {
    return address == null ? null : address.length() <= 200 ? address : address.substring(0, 200) + "…";
  }

  @Override
  public void close() {
    producer.close();
    deadLetterProducer.close();
  }
}
