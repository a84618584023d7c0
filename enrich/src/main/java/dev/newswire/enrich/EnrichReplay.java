package dev.newswire.enrich;

import dev.newswire.schemas.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;

/**
 * Rewinds the enrich application to re-read raw pages: after a parser improvement, the whole
 * archive (or everything since a date) goes through the new parser again. The topology keeps no
 * state, so moving its committed input offsets is all a replay needs; the ids it emits are stable,
 * so the store upserts and converges.
 */
public final class EnrichReplay {
  private EnrichReplay() {}

  /**
   * @param since replay pages ingested at or after this instant; null for the whole topic
   * @return how many raw pages will be read again
   */
  public static long rewind(Admin admin, String applicationId, Instant since) {
    try {
      List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.RAW_PAGES)).allTopicNames().get()
          .get(Topics.RAW_PAGES).partitions().stream()
          .map(p -> new TopicPartition(Topics.RAW_PAGES, p.partition())).toList();
      Map<TopicPartition, OffsetSpec> from = new HashMap<>();
      Map<TopicPartition, OffsetSpec> to = new HashMap<>();
      for (TopicPartition tp : partitions) {
        from.put(tp, since == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(since.toEpochMilli()));
        to.put(tp, OffsetSpec.latest());
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(from).all().get();
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(to).all().get();
      Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
      long pages = 0;
      for (TopicPartition tp : partitions) {
        // No record at or after the timestamp: offset -1; nothing to replay there.
        long start = starts.get(tp).offset() < 0 ? ends.get(tp).offset() : starts.get(tp).offset();
        rewound.put(tp, new OffsetAndMetadata(start));
        pages += ends.get(tp).offset() - start;
      }
      var altered = admin.alterConsumerGroupOffsets(applicationId, rewound);
      for (TopicPartition tp : partitions) {
        altered.partitionResult(tp).get();
      }
      return pages;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupNotEmptyException || e.getCause() instanceof UnknownMemberIdException) {
        throw new GroupHasMembersException(applicationId, e.getCause());
      }
      throw new IllegalStateException("cannot rewind '" + applicationId + "': " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Offsets of a group can only be moved while it has no members: every instance must be stopped first. */
  public static final class GroupHasMembersException extends IllegalStateException {
    GroupHasMembersException(String applicationId, Throwable cause) {
      super("the enrich application '" + applicationId
          + "' still has members; stop every instance (a killed one leaves after its session timeout) and retry", cause);
    }
  }
}
