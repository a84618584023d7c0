package dev.newswire.schemas.serde;

import dev.newswire.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in the Confluent wire format, with schemas registered under
 * {@code <topic>-value} or {@code <topic>-key} (TopicNameStrategy).
 *
 * <p>Usable directly as a Streams {@link Serde}, or by class name in client properties with
 * {@value #REGISTRY_URL_CONFIG} and {@value #VALUE_TYPE_CONFIG} set. Reading resolves the writer's
 * schema (by id, from the registry) against the generated class's schema, so old records stay
 * readable after the contract evolves.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {
  public static final String REGISTRY_URL_CONFIG = "schema.registry.url";
  public static final String VALUE_TYPE_CONFIG = "newswire.avro.type";
  public static final String AUTO_REGISTER_CONFIG = "auto.register.schemas";

  private static final Set<String> TRUSTED_PACKAGES = new HashSet<>();

  private SchemaRegistryClient registry;
  private Class<T> type;
  private Schema readerSchema;
  private boolean isKey;
  private boolean autoRegister = true;
  private final Map<Integer, SpecificDatumReader<T>> readers = new ConcurrentHashMap<>();
  private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
  private SpecificDatumWriter<T> writer;

  /** For construction by class name in client properties; {@link #configure} completes it. */
  public AvroSerde() {}

  public AvroSerde(SchemaRegistryClient registry, Class<T> type, boolean isKey) {
    init(registry, type, isKey);
  }

  public static <T extends SpecificRecord> AvroSerde<T> forValues(SchemaRegistryClient registry, Class<T> type) {
    return new AvroSerde<>(registry, type, false);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (registry != null) {
      return;
    }
    Object url = configs.get(REGISTRY_URL_CONFIG);
    Object typeName = configs.get(VALUE_TYPE_CONFIG);
    if (url == null || typeName == null) {
      throw new IllegalArgumentException(
          "AvroSerde needs " + REGISTRY_URL_CONFIG + " and " + VALUE_TYPE_CONFIG + " in its configuration");
    }
    Object auto = configs.get(AUTO_REGISTER_CONFIG);
    if (auto != null) {
      autoRegister = Boolean.parseBoolean(auto.toString());
    }
    try {
      Class<T> cls = typeName instanceof Class<?> c ? (Class<T>) c : (Class<T>) Class.forName(typeName.toString());
      init(new SchemaRegistryClient(url.toString()), cls, isKey);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no Avro class " + typeName, e);
    }
  }

  private void init(SchemaRegistryClient registry, Class<T> type, boolean isKey) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.type = Objects.requireNonNull(type, "type");
    this.isKey = isKey;
    trustPackageOf(type);
    this.readerSchema = SpecificData.get().getSchema(type);
    this.writer = new SpecificDatumWriter<>(readerSchema);
  }

  /**
   * Avro refuses to instantiate classes it has not been told to trust; our generated contracts (and
   * the records nested in them) live in one package, which is trusted alongside Avro's defaults.
   */
  private static synchronized void trustPackageOf(Class<?> type) {
    String pkg = type.getPackageName();
    if (TRUSTED_PACKAGES.add(pkg)) {
      ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
      ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
          cls -> cls.getPackageName().equals(pkg)));
    }
  }

  /** The contract this serde reads into and writes from. */
  public Schema schema() {
    return readerSchema;
  }

  public String subject(String topic) {
    return topic + (isKey ? "-key" : "-value");
  }

  /** Registers (or, with auto-registration off, looks up) this type's schema for the topic. */
  public int schemaId(String topic) {
    return idsByTopic.computeIfAbsent(topic, t -> autoRegister
        ? registry.register(subject(t), readerSchema)
        : registry.lookup(subject(t), readerSchema));
  }

  /**
   * Registers (or, with auto-registration off, looks up) the schema for records written to the topic,
   * ahead of the first one. Without it the first record of each topic waited on a registry round trip.
   */
  public void prepareWrites(String topic) {
    schemaId(topic);
  }

  /**
   * Looks up the id of this type's schema under the topic (never registers it), so that the first record
   * written with it waits on no registry round trip.
   * Records written with another schema are read as before, their schema fetched on first sight.
   *
   * @throws dev.newswire.schemas.registry.RegistryException the schema is not registered under the topic
   */
  public void prepareReads(String topic) {
    // The client keeps the schema by the id the lookup answers: the first record asks nothing more.
    registry.lookup(subject(topic), readerSchema);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    int id = schemaId(topic);
    try {
      // The header first and a buffered encoder after it: one copy of the record, not two, and no
      // stream call per byte (the direct encoder's) for the twelve records of every page.
      ByteArrayOutputStream out = new ByteArrayOutputStream(512);
      out.write(ConfluentWireFormat.header(id));
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      writer.write(data, encoder);
      encoder.flush();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot write " + type.getSimpleName() + " for topic " + topic, e);
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      int id = ConfluentWireFormat.schemaId(data);
      SpecificDatumReader<T> reader = readers.computeIfAbsent(id,
          key -> new SpecificDatumReader<>(registry.schemaById(key), readerSchema));
      return reader.read(null, DecoderFactory.get().binaryDecoder(
          data, ConfluentWireFormat.HEADER_LENGTH, data.length - ConfluentWireFormat.HEADER_LENGTH, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot read " + type.getSimpleName() + " from topic " + topic
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void close() {}
}
