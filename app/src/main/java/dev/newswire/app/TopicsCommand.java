package dev.newswire.app;

import dev.newswire.schemas.Topic;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.schemas.serde.AvroSerde;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The topics and their contracts; optionally registers the contracts in a registry. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "List the pipeline's topics with their key and value contracts.")
final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;

  @Option(names = "--schemas", description = "Print each value's Avro schema too.")
  boolean schemas;

  @Option(names = "--register", description = "Register every value schema in the registry (subject <topic>-value) and print its id.")
  boolean register;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Topics topics = new Topics(new SchemaRegistryClient(kafka.registryUrl));
    for (Topic<String, ?> topic : topics.all()) {
      AvroSerde<?> serde = (AvroSerde<?>) topic.valueSerde();
      String valueType = serde.schema().getFullName();
      out.printf("%-26s key string  value %s%s%n", topic.name(), valueType,
          register ? "  (schema id " + serde.schemaId(topic.name()) + ")" : "");
      if (schemas) {
        out.println(serde.schema().toString(true));
      }
    }
    return 0;
  }
}
