package dev.newswire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topic settings on a broker whose own default keeps records three seconds: the raw pages survive it,
 * topics an earlier version created with the defaults are brought to newswire's settings, and every
 * topic takes records as large as the page limit allows, where the broker default would refuse them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicSetupTest {
  static final String CONTROL = "control.broker-defaults";
  static final List<String> ALL = List.of(Topics.RAW_PAGES, Topics.ARTICLES, Topics.TEASERS, Topics.PAGES_PARSED,
      Topics.DEAD_LETTERS);
  @TempDir static Path dir;
  static EmbeddedKafka broker;
  static KafkaSettings kafka;

  @BeforeAll
  static void start() {
    broker = EmbeddedKafka.start(dir.resolve("kafka"), Map.of("log.retention.ms", "3000",
        "log.retention.check.interval.ms", "300", "log.segment.delete.delay.ms", "0"));
    kafka = new KafkaSettings(broker.bootstrapServers(), "http://127.0.0.1:1").withMaxPageBytes(4 << 20);
  }

  @AfterAll
  static void stop() {
    broker.close();
  }

  @Test
  @Order(1)
  void topicsOfAnEarlierVersionAreBroughtToTheSettingsAndTheRawPagesOutliveTheBrokersRetention() throws Exception {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      // As an earlier version left them: broker defaults, plus segments that roll quickly so retention bites.
      Map<String, String> quickSegments = Map.of("segment.ms", "200");
      admin.createTopics(List.of(new NewTopic(Topics.RAW_PAGES, 1, (short) 1).configs(quickSegments),
          new NewTopic(Topics.ARTICLES, 1, (short) 1), new NewTopic(Topics.DEAD_LETTERS, 1, (short) 1),
          new NewTopic(CONTROL, 1, (short) 1).configs(quickSegments))).all().get();

      TopicSetup.ensure(admin, kafka, ALL, 1, (short) 1);

      for (String topic : ALL) {
        Config config = config(admin, topic);
        assertThat(config.get("max.message.bytes").value()).as(topic).isEqualTo(Integer.toString(kafka.maxMessageBytes()));
      }
      assertThat(config(admin, Topics.RAW_PAGES).get("retention.ms").value()).isEqualTo("-1");
      assertThat(config(admin, Topics.RAW_PAGES).get("cleanup.policy").value()).isEqualTo("delete");
      assertThat(config(admin, Topics.RAW_PAGES).get("segment.ms").value()).as("not ours: left alone").isEqualTo("200");
      for (String compacted : List.of(Topics.ARTICLES, Topics.TEASERS, Topics.PAGES_PARSED)) {
        assertThat(config(admin, compacted).get("cleanup.policy").value()).as(compacted).isEqualTo("compact");
      }
      assertThat(config(admin, Topics.DEAD_LETTERS).get("retention.ms").value())
          .isEqualTo(Long.toString(Duration.ofDays(365).toMillis()));
      assertThat(config(admin, CONTROL).get("retention.ms").value()).isEqualTo("3000");

      // Records in several segments of both topics, then more than the broker's retention.
      Map<String, Object> producerConfig = kafka.producerConfig();
      try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < 6; i++) {
          for (String topic : List.of(Topics.RAW_PAGES, CONTROL)) {
            producer.send(new ProducerRecord<>(topic, "page-" + i, new byte[100])).get();
          }
          Thread.sleep(300);
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (earliest(CONTROL) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(300);
      }
      assertThat(earliest(CONTROL)).as("the broker's default retention deleted the control topic's old segments")
          .isGreaterThan(0);
      assertThat(earliest(Topics.RAW_PAGES)).as("the raw pages kept every record").isZero();

      // Idempotent: a second start changes nothing and fails nothing.
      TopicSetup.ensure(admin, kafka, ALL, 1, (short) 1);
      assertThat(config(admin, Topics.RAW_PAGES).get("retention.ms").value()).isEqualTo("-1");
    }
  }

  @Test
  @Order(2)
  void everyTopicTakesARecordAsLargeAsThePageLimitAndTheProducerRefusesLarger() throws Exception {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      TopicSetup.ensure(admin, kafka, ALL, 1, (short) 1);
    }
    // Random bytes, so compression cannot hide the size from the broker.
    byte[] page = new byte[kafka.maxPageBytes()];
    new Random(7).nextBytes(page);
    byte[] tooLarge = new byte[kafka.maxMessageBytes() + 1];
    try (var producer = new KafkaProducer<>(kafka.producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
      for (String topic : ALL) {
        producer.send(new ProducerRecord<>(topic, "big", page)).get();
      }
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.RAW_PAGES, "too-big", tooLarge)).get())
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RecordTooLargeException.class);
    }
    try (var consumer = new KafkaConsumer<>(kafka.consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(Topics.ARTICLES, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      List<byte[]> values = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
      assertThat(values).singleElement().satisfies(v -> assertThat(v).isEqualTo(page));
    }
  }

  private static Config config(Admin admin, String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return admin.describeConfigs(List.of(resource)).all().get().get(resource);
  }

  private static long earliest(String topic) {
    try (var consumer = new KafkaConsumer<>(kafka.consumerConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      return consumer.beginningOffsets(List.of(partition)).get(partition);
    }
  }
}
