package dev.newswire.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * How far the sink has read with everything read stored, per partition, for other threads to ask.
 *
 * <p>The consumer's positions, not the offsets in the store: a position passes the transaction markers
 * and aborted records after the last record stored, so it reaches a topic's last stable offset, which
 * the stored next offset (one past a data record) never does when the topic ends in a commit marker.
 */
final class StoredPositions {
  private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

  /**
   * Called on the sink's thread after a poll whose records are all stored (or that returned none).
   * A partition whose position is not known yet is left out rather than waited for.
   */
  void publish(Consumer<?, ?> consumer) {
    for (TopicPartition tp : consumer.assignment()) {
      try {
        positions.put(tp, consumer.position(tp, Duration.ZERO));
      } catch (TimeoutException e) {
        positions.remove(tp);
      }
    }
  }

  /** The partitions are no longer this sink's: what it read of them says nothing any more. */
  void forget(Collection<TopicPartition> partitions) {
    partitions.forEach(positions::remove);
  }

  /**
   * Whether every record before the given ends is stored: a partition with records before its end that
   * this sink has no position for (not assigned, or not read yet) is not.
   */
  boolean upTo(Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (end.getValue() > 0 && positions.getOrDefault(end.getKey(), 0L) < end.getValue()) {
        return false;
      }
    }
    return true;
  }
}
