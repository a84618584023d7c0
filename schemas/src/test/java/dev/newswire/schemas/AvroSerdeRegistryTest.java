package dev.newswire.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.registry.IncompatibleSchemaException;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.schemas.serde.AvroSerde;
import dev.newswire.schemas.serde.ConfluentWireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serde and registry client against a real registry speaking the Confluent API. */
class AvroSerdeRegistryTest {
  @TempDir static Path dir;
  static EmbeddedRegistry registry;
  static SchemaRegistryClient client;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedRegistry.start(dir);
    client = new SchemaRegistryClient(registry.url());
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  static RawPage page() {
    return RawPage.newBuilder()
        .setAddress("file:///pages/a.txt").setSource("file")
        .setCapturedAt(Instant.parse("2026-02-14T03:00:00Z")).setCapturedAtSource("flag")
        .setContentType("text/plain; charset=UTF-8")
        .setContent(ByteBuffer.wrap("Pyongyang, December 4 (KCNA) --".getBytes(StandardCharsets.UTF_8)))
        .setIngestedAt(Instant.ofEpochMilli(1_700_000_000_000L))
        .build();
  }

  @Test
  void writesTheConfluentWireFormatAndReadsItBack() {
    Topics topics = new Topics(client);
    byte[] framed = topics.rawPages().valueSerde().serializer().serialize(Topics.RAW_PAGES, page());

    assertThat(framed[0]).isEqualTo((byte) 0);
    int id = ByteBuffer.wrap(framed, 1, 4).getInt();
    assertThat(client.subjects()).contains(Topics.RAW_PAGES + "-value");
    assertThat(client.schemaById(id)).isEqualTo(RawPage.getClassSchema());

    RawPage back = topics.rawPages().valueSerde().deserializer().deserialize(Topics.RAW_PAGES, framed);
    assertThat(back).isEqualTo(page());
  }

  @Test
  void configuredByClassNameLikeAnyKafkaSerde() {
    AvroSerde<RawPage> serde = new AvroSerde<>();
    serde.configure(Map.of(AvroSerde.REGISTRY_URL_CONFIG, registry.url(),
        AvroSerde.VALUE_TYPE_CONFIG, RawPage.class.getName()), false);
    byte[] framed = serde.serialize("configured-topic", page());
    assertThat(serde.deserialize("configured-topic", framed).getAddress()).isEqualTo("file:///pages/a.txt");
    assertThat(serde.subject("configured-topic")).isEqualTo("configured-topic-value");
  }

  @Test
  void readsRecordsWrittenWithAnOlderSchemaVersion() {
    // An older writer without captured_at_source: the reader's default fills it in.
    Schema old = SchemaBuilder.record("RawPage").namespace("dev.newswire.schemas.avro").fields()
        .requiredString("address").requiredString("source")
        .name("captured_at").type().unionOf().nullType().and().type(
            LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG))).endUnion().nullDefault()
        .name("content_type").type().unionOf().nullType().and().stringType().endUnion().nullDefault()
        .requiredBytes("content")
        .name("ingested_at").type(LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG))).noDefault()
        .endRecord();
    int oldId = client.register("evolving-value", old);
    var record = new GenericData.Record(old);
    record.put("address", "http://kcna.kp/x");
    record.put("source", "http");
    record.put("content", ByteBuffer.wrap(new byte[] {1, 2}));
    record.put("ingested_at", 5L);
    byte[] body = encode(old, record);

    RawPage read = AvroSerde.forValues(client, RawPage.class).deserialize("evolving", ConfluentWireFormat.frame(oldId, body));
    assertThat(read.getAddress()).isEqualTo("http://kcna.kp/x");
    assertThat(read.getCapturedAtSource()).isNull();
  }

  @Test
  void registryRefusesAnIncompatibleChange() {
    Schema v1 = SchemaBuilder.record("Thing").fields().requiredString("a").endRecord();
    Schema v2 = SchemaBuilder.record("Thing").fields().requiredString("a").requiredInt("b").endRecord();
    client.register("strict-value", v1);
    assertThat(client.isCompatible("strict-value", v2)).isFalse();
    assertThatThrownBy(() -> client.register("strict-value", v2)).isInstanceOf(IncompatibleSchemaException.class);
  }

  @Test
  void aSubjectCanHaveItsOwnCompatibilityLevel() {
    // A new required field breaks BACKWARD (the global level) but not FORWARD. (Apicurio reads a
    // subject level of NONE as "no rule of its own" and applies the global one, so NONE shows nothing.)
    Schema v1 = SchemaBuilder.record("Loose").fields().requiredString("a").endRecord();
    Schema v2 = SchemaBuilder.record("Loose").fields().requiredString("a").requiredInt("b").endRecord();
    client.register("loose-value", v1);
    assertThat(client.isCompatible("loose-value", v2)).isFalse();
    client.setCompatibility("loose-value", "FORWARD");
    assertThat(client.isCompatible("loose-value", v2)).isTrue();
    assertThat(client.register("loose-value", v2)).isNotEqualTo(client.register("loose-value", v1));
  }

  @Test
  void preparedTopicsWriteAndReadTheirFirstRecordWithoutAskingTheRegistry() throws IOException {
    try (CountingProxy proxy = new CountingProxy(registry.url())) {
      Topics writer = new Topics(new SchemaRegistryClient(proxy.url()));
      assertThat(writer.rawPages().prepareWrites()).isTrue();
      Topics reader = new Topics(new SchemaRegistryClient(proxy.url()));
      assertThat(reader.rawPages().prepareReads()).isTrue();
      int asked = proxy.requests();
      assertThat(asked).isEqualTo(2);

      byte[] framed = writer.rawPages().valueSerde().serializer().serialize(Topics.RAW_PAGES, page());
      RawPage back = reader.rawPages().valueSerde().deserializer().deserialize(Topics.RAW_PAGES, framed);

      assertThat(back).isEqualTo(page());
      assertThat(proxy.requests()).isEqualTo(asked);
    }
  }

  @Test
  void aTopicWhoseSchemaIsNotRegisteredIsNotPreparedAndItsRecordsStillAsk() throws IOException {
    try (CountingProxy proxy = new CountingProxy(registry.url())) {
      Topic<String, RawPage> unseen = new Topic<>("never-written", org.apache.kafka.common.serialization.Serdes.String(),
          AvroSerde.forValues(new SchemaRegistryClient(proxy.url()), RawPage.class));
      assertThat(unseen.prepareReads()).isFalse();
      assertThat(client.subjects()).doesNotContain("never-written-value");

      byte[] framed = AvroSerde.forValues(client, RawPage.class).serialize("never-written", page());
      int asked = proxy.requests();
      assertThat(unseen.valueSerde().deserializer().deserialize("never-written", framed)).isEqualTo(page());
      assertThat(proxy.requests()).isEqualTo(asked + 1);
    }
  }

  @Test
  void bytesNotInTheWireFormatGiveAClearError() {
    AvroSerde<RawPage> serde = AvroSerde.forValues(client, RawPage.class);
    assertThatThrownBy(() -> serde.deserialize("t", "hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
  }

  private static byte[] encode(Schema schema, Object record) {
    try {
      var out = new ByteArrayOutputStream();
      var encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<>(schema).write(record, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forwards every request to the registry, counting them. */
  private static final class CountingProxy implements AutoCloseable {
    private final com.sun.net.httpserver.HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    CountingProxy(String target) throws IOException {
      server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        try (exchange) {
          var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(target.replaceAll("/+$", "")
                  + exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                  exchange.getRequestBody().readAllBytes()))
              .header("Content-Type", "application/vnd.schemaregistry.v1+json").build();
          var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
          exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
          exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
      return requests.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
