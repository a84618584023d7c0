package dev.newswire.enrich;

import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.BoundedDeadLetter.Origin;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record the topic will never take fails the same way on every retry: the default handler
 * would fail the stream thread, which is replaced, reprocesses the page and fails again, forever.
 * Such a record becomes a small dead letter naming the page and the size instead; every other
 * production error is left to the default handling.
 */
public final class OversizedOutputHandler extends DefaultProductionExceptionHandler {
  /** The config key under which the service passes the dead-letter topic (an object, not a string). */
  static final String DEAD_LETTERS = "newswire.dead.letters.topic";
  private static final Logger log = LoggerFactory.getLogger(OversizedOutputHandler.class);
  private static final BoundedDeadLetter NO_ORIGINAL = new BoundedDeadLetter(BoundedDeadLetter.EXCERPT_BYTES);

  private Topic<String, DeadLetter> deadLetters;

  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    deadLetters = (Topic<String, DeadLetter>) configs.get(DEAD_LETTERS);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception error) {
    if (!(error instanceof RecordTooLargeException) || deadLetters == null) {
      return super.handleError(context, record, error);
    }
    int size = record.value() == null ? 0 : record.value().length;
    String reason = "an output record of " + size + " bytes for " + record.topic() + " is over the topic's limit: "
        + error.getMessage();
    log.error("page at {} offset {}: {}", context.topic(), context.offset(), reason);
    DeadLetter letter = NO_ORIGINAL.of("enrich", new Origin(context.topic(), context.partition(), context.offset()),
        reason, error, null, context.sourceRawKey(), null, Instant.ofEpochMilli(context.timestamp()));
    byte[] value = deadLetters.valueSerde().serializer().serialize(deadLetters.name(), letter);
    return Response.resume(List.of(new ProducerRecord<>(deadLetters.name(), context.sourceRawKey(), value)));
  }
}
