package dev.newswire.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {
  @TempDir Path dir;

  @Test
  void aPortAlreadyTakenIsNamedInOneLineBeforeAnythingStarts() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> EmbeddedKafka.start(dir.resolve("kafka"), port, 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the Kafka broker cannot listen on 127.0.0.1:" + port + ": ")
          .hasMessageNotContaining("\n");
      assertThatThrownBy(() -> EmbeddedRegistry.start(dir.resolve("registry"), port))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the schema registry cannot listen on 127.0.0.1:" + port + ": ");
    }
  }

  @Test
  void brokerKeepsItsRecordsAcrossARestart() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
      }
      try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("t", "k", "first run")).get();
      }
    }
    // A second start on the same directory (on new ports) finds the first run's record.
    try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
      assertThat(readAll(kafka.bootstrapServers(), "t")).containsExactly("first run");
    }
  }

  @Test
  void registryAnswersTheConfluentApiAndKeepsSchemasAcrossARestart() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String schema = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"A\\\",\\\"fields\\\":[{\\\"name\\\":\\\"x\\\",\\\"type\\\":\\\"string\\\"}]}\"}";
    String registered;
    try (EmbeddedRegistry registry = EmbeddedRegistry.start(dir)) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/t-value/versions"))
          .header("Content-Type", "application/vnd.schemaregistry.v1+json")
          .POST(HttpRequest.BodyPublishers.ofString(schema)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      registered = r.body();
      assertThat(registered).matches("\\{\"id\":\\d+}");
    }
    String id = registered.replaceAll("\\D", "");
    try (EmbeddedRegistry registry = EmbeddedRegistry.start(dir)) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(registry.url() + "/schemas/ids/" + id))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\\\"name\\\":\\\"A\\\"");
    }
  }

  private static List<String> readAll(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("group.id", "check");
    p.put("auto.offset.reset", "earliest");
    try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        if (!records.isEmpty()) {
          return records.records(topic).iterator().hasNext()
              ? StreamSupport.stream(records.records(topic).spliterator(), false)
                  .map(rec -> rec.value()).toList()
              : List.of();
        }
      }
      return List.of();
    }
  }
}
