package dev.newswire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.BoundedDeadLetter.Origin;
import dev.newswire.schemas.avro.DeadLetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class BoundedDeadLetterTest {
  static final Origin ORIGIN = new Origin("newswire.pages.raw", 1, 42);
  static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  static final BoundedDeadLetter BOUNDS = new BoundedDeadLetter(64 << 10);

  @Test
  void aSmallRecordIsKeptWholeWithItsReason() {
    byte[] value = "a page".getBytes();
    DeadLetter letter = BOUNDS.of("enrich", ORIGIN, "no known layout", new IllegalStateException(), "http://a/1",
        "http://a/1", value, AT);
    assertThat(letter.getReason()).isEqualTo("no known layout");
    assertThat(letter.getErrorClass()).isEqualTo("java.lang.IllegalStateException");
    assertThat(bytes(letter.getOriginalValue())).isEqualTo(value);
    assertThat(letter.getSourceOffset()).isEqualTo(42);
  }

  @Test
  void aValueTooLargeToKeepBecomesAnExcerptAndTheReasonSaysSo() {
    byte[] value = new byte[(64 << 10) + 1];
    Arrays.fill(value, (byte) 'x');
    DeadLetter letter = BOUNDS.of("enrich", ORIGIN, "no known layout", null, "http://a/1", "http://a/1", value, AT);
    assertThat(bytes(letter.getOriginalValue())).hasSize(BoundedDeadLetter.EXCERPT_BYTES)
        .isEqualTo(Arrays.copyOf(value, BoundedDeadLetter.EXCERPT_BYTES));
    assertThat(letter.getReason()).startsWith("no known layout").contains(value.length + " bytes");
  }

  @Test
  void aValueAtTheBoundIsStillKeptWhole() {
    byte[] value = new byte[64 << 10];
    DeadLetter letter = BOUNDS.of("sink", ORIGIN, "refused", null, null, (byte[]) null, value, AT);
    assertThat(bytes(letter.getOriginalValue())).hasSize(value.length);
  }

  @Test
  void hugeReasonsAddressesAndKeysAreCutSoTheRecordStaysWithinItsRoom() throws IOException {
    // A database error that quotes a 1.4 MB statement, a 700 KB link as address and key: all of it text of
    // four-byte characters, the worst case for the encoded size.
    String emoji = "\uD83D\uDE00";
    String reason = "ERROR: index row size exceeds maximum, statement: " + emoji.repeat(700_000);
    String address = "http://a/" + emoji.repeat(350_000);
    byte[] value = new byte[64 << 10];
    DeadLetter letter = BOUNDS.of("sink", ORIGIN, reason, new RuntimeException(), address, address, value, AT);

    assertThat(letter.getReason()).hasSizeLessThanOrEqualTo(BoundedDeadLetter.MAX_REASON_CHARS).startsWith("ERROR:");
    assertThat(letter.getAddress()).hasSizeLessThanOrEqualTo(BoundedDeadLetter.MAX_ADDRESS_CHARS);
    assertThat(letter.getOriginalKey().remaining()).isEqualTo(BoundedDeadLetter.MAX_KEY_BYTES);
    // Never half a character: every surrogate pair is cut whole.
    assertThat(letter.getReason().codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isTrue();
    assertThat(encodedSize(letter)).isLessThanOrEqualTo((64 << 10) + BoundedDeadLetter.FIELDS_ROOM_BYTES);
  }

  @Test
  void theBoundsFollowTheTopicsPageLimitAndLeaveRoomForTheFields() {
    KafkaSettings kafka = new KafkaSettings("k:9092", "http://r").withMaxPageBytes(1 << 20);
    BoundedDeadLetter bounds = BoundedDeadLetter.forTopics(kafka);
    assertThat(bounds.maxOriginalBytes() + BoundedDeadLetter.FIELDS_ROOM_BYTES).isEqualTo(kafka.maxMessageBytes());
    // A raw page at the limit, with its address and metadata, is still kept whole.
    assertThat(bounds.maxOriginalBytes()).isGreaterThan(kafka.maxPageBytes() + (64 << 10));
  }

  @Test
  void aMissingReasonIsNamedAfterTheError() {
    DeadLetter letter = BOUNDS.of("sink", ORIGIN, null, new ArithmeticException(), null, (byte[]) null, null, AT);
    assertThat(letter.getReason()).isEqualTo("ArithmeticException");
  }

  private static int encodedSize(DeadLetter letter) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(DeadLetter.class).write(letter, encoder);
    encoder.flush();
    return out.size();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer view = buffer.duplicate();
    byte[] out = new byte[view.remaining()];
    view.get(out);
    return out;
  }
}
