package dev.newswire.schemas;

import dev.newswire.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The one way every stage builds a dead letter, bounded by construction: the reason, address and key
 * are cut to a few KiB, and the original value is kept whole only when it fits beside them in one
 * record of the topic; otherwise its first {@link #EXCERPT_BYTES} are kept and the reason says so. A
 * dead letter that could not be sent would stall the stage that has to send it before moving on.
 *
 * @param maxOriginalBytes the largest original value kept whole
 */
public record BoundedDeadLetter(int maxOriginalBytes) {
  public static final int MAX_REASON_CHARS = 2_000;
  public static final int MAX_ADDRESS_CHARS = 2_000;
  public static final int MAX_KEY_BYTES = 4_096;
  public static final int EXCERPT_BYTES = 4_096;
  /** Room for everything but the original value: the bounded fields above (4 bytes a char at most) and framing. */
  static final int FIELDS_ROOM_BYTES = 64 << 10;

  public BoundedDeadLetter {
    if (maxOriginalBytes < EXCERPT_BYTES) {
      throw new IllegalArgumentException("a dead letter must keep at least " + EXCERPT_BYTES + " bytes, not "
          + maxOriginalBytes);
    }
  }

  /** Dead letters on topics made with these settings: the original value whole where the record still fits. */
  public static BoundedDeadLetter forTopics(KafkaSettings kafka) {
    return forPageLimit(kafka.maxPageBytes());
  }

  /** The same for topics sized for pages of at most this many bytes. */
  public static BoundedDeadLetter forPageLimit(int maxPageBytes) {
    return new BoundedDeadLetter(maxPageBytes + KafkaSettings.RECORD_HEADROOM_BYTES - FIELDS_ROOM_BYTES);
  }

  /** Where the failed record was read: its topic, partition and offset (-1 where it was never in Kafka). */
  public record Origin(String topic, int partition, long offset) {
    public static Origin outsideKafka(String topic) {
      return new Origin(topic, -1, -1);
    }
  }

  public DeadLetter of(String stage, Origin origin, String reason, Throwable error, String address, byte[] key,
      byte[] value, Instant failedAt) {
    String why = reason == null || reason.isBlank() ? (error == null ? "unknown" : error.getClass().getSimpleName())
        : reason;
    byte[] kept = value;
    if (value != null && value.length > maxOriginalBytes) {
      kept = Arrays.copyOf(value, EXCERPT_BYTES);
      why = cut(why, MAX_REASON_CHARS - 80) + " (original value of " + value.length + " bytes; its first "
          + EXCERPT_BYTES + " kept)";
    }
    return DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(cut(why, MAX_REASON_CHARS))
        .setErrorClass(error == null ? null : error.getClass().getName())
        .setAddress(address == null ? null : cut(address, MAX_ADDRESS_CHARS))
        .setSourceTopic(origin.topic())
        .setSourcePartition(origin.partition())
        .setSourceOffset(origin.offset())
        .setOriginalKey(key == null ? null : ByteBuffer.wrap(key.length <= MAX_KEY_BYTES ? key
            : Arrays.copyOf(key, MAX_KEY_BYTES)))
        .setOriginalValue(kept == null ? null : ByteBuffer.wrap(kept))
        .setFailedAt(failedAt)
        .build();
  }

  /** The same for a string key, as every newswire topic has. */
  public DeadLetter of(String stage, Origin origin, String reason, Throwable error, String address, String key,
      byte[] value, Instant failedAt) {
    return of(stage, origin, reason, error, address, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value,
        failedAt);
  }

  /** A string of at most {@code max} chars, never split inside a surrogate pair. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }
}
