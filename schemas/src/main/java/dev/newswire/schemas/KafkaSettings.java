package dev.newswire.schemas;

import dev.newswire.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the broker and the registry are, the largest page the pipeline carries, and any client
 * properties the user passes through (security settings for an existing cluster, say). Shared by
 * every service, so producers, consumers, Streams and the topics agree on one size limit.
 *
 * @param maxPageBytes the largest page (its bytes) newswire accepts; larger ones are dead-lettered
 */
public record KafkaSettings(String bootstrapServers, String registryUrl, Map<String, String> extra, int maxPageBytes) {
  /** 8 MiB: the largest KCNA-family page seen is far smaller; a whole-site dump in one file is not a page. */
  public static final int DEFAULT_MAX_PAGE_BYTES = 8 << 20;
  /** The least a limit can be: a page of real news is never smaller. */
  public static final int MIN_MAX_PAGE_BYTES = 64 << 10;
  /** The most: Kafka handles larger records, but not gracefully (memory per partition fetch). */
  public static final int MAX_MAX_PAGE_BYTES = 256 << 20;
  /**
   * Room beside the page's bytes in any record: address, metadata, a dead letter's reason, Avro and
   * batch framing. Every record newswire writes stays under {@link #maxMessageBytes()}.
   */
  public static final int RECORD_HEADROOM_BYTES = 1 << 20;
  /** Producers compress; lz4 is cheap on CPU and pages of text shrink several-fold. */
  public static final String COMPRESSION = "lz4";
  /**
   * Bytes a producer gathers per partition before it sends: a page yields a dozen records, and the
   * 16 KiB default sent a request every few pages (each one a round of work for the broker).
   */
  public static final int BATCH_BYTES = 256 << 10;

  public KafkaSettings {
    extra = Map.copyOf(extra);
    if (maxPageBytes < MIN_MAX_PAGE_BYTES || maxPageBytes > MAX_MAX_PAGE_BYTES) {
      throw new IllegalArgumentException("the page size limit is " + MIN_MAX_PAGE_BYTES + " to " + MAX_MAX_PAGE_BYTES
          + " bytes, not " + maxPageBytes);
    }
  }

  public KafkaSettings(String bootstrapServers, String registryUrl, Map<String, String> extra) {
    this(bootstrapServers, registryUrl, extra, DEFAULT_MAX_PAGE_BYTES);
  }

  public KafkaSettings(String bootstrapServers, String registryUrl) {
    this(bootstrapServers, registryUrl, Map.of());
  }

  public KafkaSettings withMaxPageBytes(int bytes) {
    return new KafkaSettings(bootstrapServers, registryUrl, extra, bytes);
  }

  /** The largest record (and batch) any topic of the pipeline takes: the page limit plus headroom. */
  public int maxMessageBytes() {
    return maxPageBytes + RECORD_HEADROOM_BYTES;
  }

  /** Client properties for an admin client: the extras first, then the bootstrap servers, which always win. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(extra);
    config.put("bootstrap.servers", bootstrapServers);
    return config;
  }

  /** A producer's properties: records up to {@link #maxMessageBytes()}, compressed. */
  public Map<String, Object> producerConfig() {
    Map<String, Object> config = clientConfig();
    config.putAll(producerSizing());
    return config;
  }

  /** A consumer's properties: fetches large enough for the largest record. */
  public Map<String, Object> consumerConfig() {
    Map<String, Object> config = clientConfig();
    config.putAll(consumerSizing());
    return config;
  }

  /** Sizing for producers, without connection settings (Streams takes them prefixed). */
  public Map<String, Object> producerSizing() {
    // The user's explicit compression wins; the size limit does not, or records would be refused.
    return Map.of("max.request.size", maxMessageBytes(),
        "compression.type", extra.getOrDefault("compression.type", COMPRESSION),
        "batch.size", extra.getOrDefault("batch.size", String.valueOf(BATCH_BYTES)));
  }

  /** Sizing for consumers, without connection settings. */
  public Map<String, Object> consumerSizing() {
    return Map.of("max.partition.fetch.bytes", maxMessageBytes(),
        "fetch.max.bytes", Math.max(52_428_800, maxMessageBytes()));
  }

  public Topics topics() {
    return new Topics(new SchemaRegistryClient(registryUrl));
  }

  /** Never shows the extra properties' values: they may hold SASL credentials. */
  @Override
  public String toString() {
    return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", registryUrl=" + registryUrl
        + ", extra=" + extra.keySet() + ", maxPageBytes=" + maxPageBytes + "]";
  }
}
