package dev.newswire.schemas.serde;

import java.nio.ByteBuffer;

/**
 * The Confluent wire format: byte 0 is the magic 0, bytes 1-4 the big-endian schema id, then the
 * Avro binary encoding of the value. Any Confluent-compatible consumer can decode what we write.
 */
public final class ConfluentWireFormat {
  public static final byte MAGIC = 0;
  public static final int HEADER_LENGTH = 5;

  private ConfluentWireFormat() {}

  /** The five bytes before the Avro binary: the magic byte and the schema id. */
  public static byte[] header(int schemaId) {
    return ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).putInt(schemaId).array();
  }

  public static byte[] frame(int schemaId, byte[] avroBinary) {
    return ByteBuffer.allocate(HEADER_LENGTH + avroBinary.length).put(header(schemaId)).put(avroBinary).array();
  }

  /** The schema id in a framed message; rejects anything not in the wire format. */
  public static int schemaId(byte[] framed) {
    if (framed == null || framed.length < HEADER_LENGTH) {
      throw new WireFormatException("not in Confluent wire format: "
          + (framed == null ? "null" : framed.length + " bytes") + ", need at least " + HEADER_LENGTH);
    }
    if (framed[0] != MAGIC) {
      throw new WireFormatException("not in Confluent wire format: magic byte is " + framed[0] + ", not 0");
    }
    return ByteBuffer.wrap(framed, 1, 4).getInt();
  }

  /** Thrown when bytes are not a framed Avro message. */
  public static final class WireFormatException extends RuntimeException {
    public WireFormatException(String message) {
      super(message);
    }
  }
}
