package dev.newswire.benchmarks;

import dev.newswire.benchmarks.ParseStage.Page;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.RawPage;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What is measured on the running pipeline's own broker: the bare Kafka ceiling, and page-to-row latency. */
final class BrokerStages {
  private static final String CEILING_TOPIC = "bench.ceiling";
  static final String LATENCY_PREFIX = "https://bench.invalid/latency/";

  private final KafkaSettings kafka;

  BrokerStages(KafkaSettings kafka) {
    this.kafka = kafka;
  }

  /**
   * The same page bytes produced to a topic of as many partitions as the raw pages' (with the
   * pipeline's producer settings, acks=all, idempotent) and consumed back (read_committed, as the sink
   * reads): seconds from the first send to the last record read.
   */
  double ceiling(List<Page> pages) throws Exception {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      admin.createTopics(List.of(new NewTopic(CEILING_TOPIC, 2, (short) 1)
          .configs(Map.of("max.message.bytes", String.valueOf(kafka.maxMessageBytes()))))).all().get();
    } catch (ExecutionException e) {
      // Already there from an earlier run against this broker: it is read from its end below.
    }
    Map<String, Object> consumerConfig = kafka.consumerConfig();
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      var partitions = consumer.partitionsFor(CEILING_TOPIC).stream()
          .map(p -> new TopicPartition(CEILING_TOPIC, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      Map<String, Object> producerConfig = kafka.producerConfig();
      producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
      producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 20);
      long started = System.nanoTime();
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
          new ByteArraySerializer())) {
        for (Page page : pages) {
          producer.send(new ProducerRecord<>(CEILING_TOPIC, page.address(), page.content()));
        }
        long read = 0;
        while (read < pages.size()) {
          read += consumer.poll(Duration.ofMillis(100)).count();
          if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
            throw new IllegalStateException("the ceiling topic gave back " + read + " of " + pages.size() + " pages");
          }
        }
      }
      return (System.nanoTime() - started) / 1e9;
    }
  }

  /**
   * Raw pages published at a steady rate, as ingest publishes them, and each page's time until its
   * article is in the store (a row in article_sightings), the store polled every 10 ms. Returns the
   * latencies in milliseconds, in the order the pages were sent.
   */
  List<Double> latency(List<Page> pages, double perSecond, String sqliteUrl) throws Exception {
    Topic<String, RawPage> raw = kafka.topics().rawPages();
    Map<String, Object> producerConfig = kafka.producerConfig();
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    Map<String, Long> sent = new HashMap<>();
    Map<String, Long> stored = new HashMap<>();
    long started = System.nanoTime();
    try (KafkaProducer<String, RawPage> producer = new KafkaProducer<>(producerConfig, raw.keySerde().serializer(),
        raw.valueSerde().serializer());
        Connection store = DriverManager.getConnection(sqliteUrl);
        Statement query = store.createStatement()) {
      long nanosPerPage = (long) (1e9 / perSecond);
      int next = 0;
      while (stored.size() < pages.size()) {
        long now = System.nanoTime();
        while (next < pages.size() && now - started >= next * nanosPerPage) {
          Page page = pages.get(next++);
          sent.put(page.address(), System.nanoTime());
          producer.send(new ProducerRecord<>(raw.name(), page.address(), RawPage.newBuilder()
              .setAddress(page.address()).setSource("file").setContentType(page.contentType())
              .setContent(ByteBuffer.wrap(page.content())).setIngestedAt(Instant.now()).build()));
        }
        producer.flush();
        try (ResultSet r = query.executeQuery("SELECT DISTINCT page_address FROM article_sightings"
            + " WHERE page_address LIKE '" + LATENCY_PREFIX + "%'")) {
          long seen = System.nanoTime();
          while (r.next()) {
            stored.putIfAbsent(r.getString(1), seen);
          }
        }
        if (now - started > Duration.ofSeconds((long) (pages.size() / perSecond) + 300).toNanos()) {
          throw new IllegalStateException(stored.size() + " of " + pages.size() + " pages stored in time");
        }
        Thread.sleep(10);
      }
    }
    List<Double> out = new ArrayList<>();
    for (Page page : pages) {
      out.add((stored.get(page.address()) - sent.get(page.address())) / 1e6);
    }
    return out;
  }

  /** The p-th percentile (nearest rank) of the values, in any order. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
  }
}
