package dev.newswire.sink;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.sink.store.JdbcUrls;
import dev.newswire.sink.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the sink needs to run. {@code jdbcUser}/{@code jdbcPassword} may be null (SQLite, or
 * credentials in the URL); {@code kafkaProperties} are passed through to the Kafka clients.
 */
public record SinkConfig(String bootstrapServers, String registryUrl, String jdbcUrl, String jdbcUser,
    String jdbcPassword, String groupId, int batchSize, Duration pollTimeout, Map<String, String> kafkaProperties,
    int maxPageBytes) {

  public static final String DEFAULT_GROUP_ID = "newswire-sink";
  /**
   * Records per transaction, at most: a transaction costs some twenty statements whatever its size, and on SQLite
   * every index page it touches is written to the WAL once per transaction. 10,000 rather than 2,000 took a first
   * 200,000-page run from 134-149 s to 103-123 s; a poll returns fewer records when the sink keeps up, so a steady
   * trickle is still written at once.
   */
  public static final int DEFAULT_BATCH_SIZE = 10_000;
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofMillis(500);

  public SinkConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrap servers");
    Objects.requireNonNull(registryUrl, "registry url");
    Objects.requireNonNull(jdbcUrl, "jdbc url");
    groupId = groupId == null || groupId.isBlank() ? DEFAULT_GROUP_ID : groupId;
    pollTimeout = pollTimeout == null ? DEFAULT_POLL_TIMEOUT : pollTimeout;
    kafkaProperties = kafkaProperties == null ? Map.of() : Map.copyOf(kafkaProperties);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
  }

  /** Defaults everywhere but the broker and registry; the store is a SQLite file in {@code dataDir}. */
  public static SinkConfig of(String bootstrapServers, String registryUrl, Path dataDir) {
    return new SinkConfig(bootstrapServers, registryUrl, Store.defaultJdbcUrl(dataDir), null, null,
        DEFAULT_GROUP_ID, DEFAULT_BATCH_SIZE, DEFAULT_POLL_TIMEOUT, Map.of(), KafkaSettings.DEFAULT_MAX_PAGE_BYTES);
  }

  public SinkConfig withJdbc(String url, String user, String password) {
    return new SinkConfig(bootstrapServers, registryUrl, url, user, password, groupId, batchSize, pollTimeout,
        kafkaProperties, maxPageBytes);
  }

  public SinkConfig withGroupId(String group) {
    return new SinkConfig(bootstrapServers, registryUrl, jdbcUrl, jdbcUser, jdbcPassword, group, batchSize,
        pollTimeout, kafkaProperties, maxPageBytes);
  }

  public SinkConfig withBatchSize(int size) {
    return new SinkConfig(bootstrapServers, registryUrl, jdbcUrl, jdbcUser, jdbcPassword, groupId, size,
        pollTimeout, kafkaProperties, maxPageBytes);
  }

  public SinkConfig withKafkaProperties(Map<String, String> properties) {
    return new SinkConfig(bootstrapServers, registryUrl, jdbcUrl, jdbcUser, jdbcPassword, groupId, batchSize,
        pollTimeout, properties, maxPageBytes);
  }

  /** The largest page the pipeline carries: the dead letters' bounds and the producers' sizing follow it. */
  public SinkConfig withMaxPageBytes(int bytes) {
    return new SinkConfig(bootstrapServers, registryUrl, jdbcUrl, jdbcUser, jdbcPassword, groupId, batchSize,
        pollTimeout, kafkaProperties, bytes);
  }

  /** The cluster as the shared Kafka settings see it, so the sink sizes its clients as the other services do. */
  public KafkaSettings kafka() {
    return new KafkaSettings(bootstrapServers, registryUrl, kafkaProperties, maxPageBytes);
  }

  /** Never shows the password, wherever it was given. */
  @Override
  public String toString() {
    return "SinkConfig[bootstrapServers=" + bootstrapServers + ", registryUrl=" + registryUrl
        + ", jdbcUrl=" + JdbcUrls.mask(jdbcUrl) + ", jdbcUser=" + jdbcUser
        + ", jdbcPassword=" + (jdbcPassword == null ? "none" : "***") + ", groupId=" + groupId
        + ", batchSize=" + batchSize + ", pollTimeout=" + pollTimeout + ", kafkaProperties=" + kafkaProperties.keySet() + ", maxPageBytes=" + maxPageBytes + "]";
  }
}
