package dev.newswire.sink.store;

import org.apache.kafka.common.TopicPartition;

/** A stored offset was not where this consumer expected it: another consumer wrote the partition. */
public class OffsetConflictException extends RuntimeException {
  private final TopicPartition partition;

  public OffsetConflictException(TopicPartition partition) {
    super("stored offset of " + partition + " moved under this consumer; re-reading positions");
    this.partition = partition;
  }

  public TopicPartition partition() {
    return partition;
  }
}
