package dev.newswire.schemas;

import dev.newswire.schemas.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;

/** A topic with its key and value types, declared once in {@link Topics} and used by every service. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

  /**
   * Asks the registry now for the value schema's id, so the first record written waits on no request
   * ({@link AvroSerde#prepareWrites}). False when it could not answer: the first record asks again.
   */
  public boolean prepareWrites() {
    return prepare(true);
  }

  /** As {@link #prepareWrites}, for records read ({@link AvroSerde#prepareReads}); never registers. */
  public boolean prepareReads() {
    return prepare(false);
  }

  private boolean prepare(boolean writes) {
    if (!(valueSerde instanceof AvroSerde<?> avro)) {
      return true;
    }
    try {
      if (writes) {
        avro.prepareWrites(name);
      } else {
        avro.prepareReads(name);
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
