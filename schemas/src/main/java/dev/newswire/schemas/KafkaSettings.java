package dev.newswire.schemas;

import dev.newswire.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the broker and the registry are, plus any client properties the user passes through
 * (security settings for an existing cluster, say). Shared by every service.
 */
public record KafkaSettings(String bootstrapServers, String registryUrl, Map<String, String> extra) {
  public KafkaSettings {
    extra = Map.copyOf(extra);
  }

  public KafkaSettings(String bootstrapServers, String registryUrl) {
    this(bootstrapServers, registryUrl, Map.of());
  }

  /** Client properties: the extras first, then the bootstrap servers, which always win. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(extra);
    config.put("bootstrap.servers", bootstrapServers);
    return config;
  }

  public Topics topics() {
    return new Topics(new SchemaRegistryClient(registryUrl));
  }
}
