package dev.newswire.sink;

import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.BoundedDeadLetter.Origin;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.sink.store.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sends rejected records to the dead-letter topic and waits for the broker to have them: the store
 * commits the offsets past them only afterwards. A crash in between sends a dead letter twice, never
 * loses one.
 */
final class DeadLetters implements Consumer<List<Rejected>>, AutoCloseable {
  static final String STAGE = "sink";

  private final KafkaProducer<String, DeadLetter> producer;
  private final Topic<String, DeadLetter> topic;
  private final BoundedDeadLetter bounds;

  DeadLetters(KafkaSettings kafka, Topic<String, DeadLetter> topic) {
    Map<String, Object> config = kafka.producerConfig();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-sink-dead-letters");
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    this.topic = topic;
    this.bounds = BoundedDeadLetter.forTopics(kafka);
  }

  @Override
  public void accept(List<Rejected> rejected) {
    List<Future<RecordMetadata>> sent = new ArrayList<>(rejected.size());
    for (Rejected r : rejected) {
      sent.add(producer.send(new ProducerRecord<>(topic.name(), keyOf(r), toDeadLetter(r, bounds))));
    }
    producer.flush();
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new DeadLetterException("cannot send to " + topic.name() + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeadLetterException("interrupted while sending dead letters", e);
      }
    }
  }

  static DeadLetter toDeadLetter(Rejected r, BoundedDeadLetter bounds) {
    Origin origin = new Origin(r.source().topic(), r.source().partition(), r.source().offset());
    return bounds.of(STAGE, origin, r.reason(), r.error(), r.address(), r.source().key(), r.source().value(),
        Instant.now());
  }

  private static String keyOf(Rejected r) {
    return r.source().key() == null ? null : new String(r.source().key(), StandardCharsets.UTF_8);
  }

  KafkaProducer<String, DeadLetter> producer() {
    return producer;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }

  /** The dead-letter topic did not take the records: nothing may be committed past them. */
  static final class DeadLetterException extends RuntimeException {
    DeadLetterException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
