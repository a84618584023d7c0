package dev.newswire.ingest;

import dev.newswire.ingest.source.PageSource;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.RawPage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes pages to the raw-pages topic unchanged, keyed by address, through an idempotent
 * producer: a retried send never writes a page twice.
 */
public final class PagePublisher implements AutoCloseable {
  private final KafkaProducer<String, RawPage> producer;
  private final Topic<String, RawPage> topic;
  private final Clock clock;
  private final Progress progress;

  public PagePublisher(Map<String, Object> clientConfig, Topic<String, RawPage> topic, Clock clock, Progress progress) {
    Map<String, Object> config = new HashMap<>(clientConfig);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-ingest");
    this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    this.topic = topic;
    this.clock = clock;
    this.progress = progress;
  }

  /** Publishes every page of the source and waits until the broker has acknowledged them all. */
  public IngestSummary publish(PageSource source) throws IOException {
    long started = System.nanoTime();
    AtomicLong sent = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    progress.start(source.describe());
    source.forEach(page -> {
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
    });
    producer.flush();
    IngestSummary summary = new IngestSummary(sent.get() - failed.get(), bytes.get(), failed.get(),
        firstError.get(), (System.nanoTime() - started) / 1_000_000);
    progress.finish(summary);
    return summary;
  }

  @Override
  public void close() {
    producer.close();
  }
}
