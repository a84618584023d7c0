package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where an existing Kafka cluster and schema registry are. */
final class KafkaOptions {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", converter = Arguments.BootstrapServers.class,
      defaultValue = "${env:NEWSWIRE_BOOTSTRAP_SERVERS:-localhost:9092}",
      description = "Kafka brokers (env NEWSWIRE_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE}).")
  String bootstrapServers;

  @Option(names = "--registry-url", paramLabel = "URL", converter = Arguments.HttpUrlText.class,
      defaultValue = "${env:NEWSWIRE_REGISTRY_URL:-http://localhost:8081}",
      description = "Schema registry speaking the Confluent API; for Apicurio add /apis/ccompat/v7 "
          + "(env NEWSWIRE_REGISTRY_URL; default ${DEFAULT-VALUE}).")
  String registryUrl;

  @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
      description = "Extra Kafka client property, e.g. security.protocol=SASL_SSL; repeatable.")
  Map<String, String> extra = new LinkedHashMap<>();

  @Mixin PageLimit limit;

  KafkaSettings settings() {
    return new KafkaSettings(bootstrapServers, registryUrl, extra, limit.maxPageBytes);
  }
}
