package dev.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoredPositionsTest {
  private static final TopicPartition TEASERS_0 = new TopicPartition("teasers", 0);
  private static final TopicPartition TEASERS_1 = new TopicPartition("teasers", 1);

  private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
  private final StoredPositions stored = new StoredPositions();

  @BeforeEach
  void assignBothPartitions() {
    consumer.assign(List.of(TEASERS_0, TEASERS_1));
    consumer.updateBeginningOffsets(Map.of(TEASERS_0, 0L, TEASERS_1, 0L));
  }

  @Test
  void aPartitionIsStoredUpToItsEndOnlyOnceThePublishedPositionReachesIt() {
    readRecords(TEASERS_0, 4);
    stored.publish(consumer);

    assertThat(stored.upTo(Map.of(TEASERS_0, 4L))).isTrue();
    assertThat(stored.upTo(Map.of(TEASERS_0, 3L))).isTrue();
    // The topic ends in a commit marker at offset 4: its last stable offset is 5.
    assertThat(stored.upTo(Map.of(TEASERS_0, 5L))).isFalse();
  }

  @Test
  void aPositionPastTheCommitMarkerCountsOnlyOncePublished() {
    readRecords(TEASERS_0, 4);
    stored.publish(consumer);
    consumer.seek(TEASERS_0, 5); // where a later, empty poll leaves it once it has read the marker

    assertThat(stored.upTo(Map.of(TEASERS_0, 5L))).isFalse();
    stored.publish(consumer);
    assertThat(stored.upTo(Map.of(TEASERS_0, 5L))).isTrue();
  }

  @Test
  void everyPartitionAskedForMustBeReached() {
    readRecords(TEASERS_0, 4);
    stored.publish(consumer);

    assertThat(stored.upTo(Map.of(TEASERS_0, 4L, TEASERS_1, 2L))).isFalse();
    assertThat(stored.upTo(Map.of(TEASERS_0, 4L, TEASERS_1, 0L))).as("an empty partition holds nothing to store")
        .isTrue();
  }

  @Test
  void aPartitionThisSinkNoLongerOwnsIsNotStoredByIt() {
    readRecords(TEASERS_0, 4);
    stored.publish(consumer);
    stored.forget(List.of(TEASERS_0));

    assertThat(stored.upTo(Map.of(TEASERS_0, 4L))).isFalse();
    assertThat(stored.upTo(Map.of(new TopicPartition("articles", 0), 1L))).as("never assigned").isFalse();
  }

  private void readRecords(TopicPartition tp, int count) {
    for (int offset = 0; offset < count; offset++) {
      consumer.addRecord(new ConsumerRecord<>(tp.topic(), tp.partition(), offset, "key", "value"));
    }
    assertThat(consumer.poll(Duration.ZERO).count()).isEqualTo(count);
  }
}
