package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topics;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The address of every page in the raw-pages topic: what a replay will parse again. */
final class RawPageAddresses {
  private RawPageAddresses() {}

  static Set<String> all(KafkaSettings kafka) {
    Set<String> addresses = new LinkedHashSet<>();
    try (var consumer = new KafkaConsumer<>(kafka.consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW_PAGES).stream()
          .map(p -> new TopicPartition(Topics.RAW_PAGES, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> addresses.add(record.key()));
      }
    }
    return addresses;
  }
}
