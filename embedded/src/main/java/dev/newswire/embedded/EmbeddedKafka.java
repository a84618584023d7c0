package dev.newswire.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM, with
 * its log under a directory of ours so a later start finds the history of an earlier one.
 *
 * <p>The quorum is declared statically ({@code controller.quorum.voters}) rather than with
 * {@code format --standalone}, so a restart on other ports still finds its own controller.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Starts a broker on free ports with its log in {@code dataDir}. */
  public static EmbeddedKafka start(Path dataDir) {
    return start(dataDir, 0, 0);
  }

  /**
   * Starts a broker listening on {@code port} (clients) and {@code controllerPort}; 0 picks a free
   * port. Formats the log directory only the first time: formatting again would fail.
   */
  public static EmbeddedKafka start(Path dataDir, int port, int controllerPort) {
    return start(dataDir, port, controllerPort, Map.of());
  }

  /** A broker on free ports with some of its defaults changed (a short retention, say, for a test). */
  public static EmbeddedKafka start(Path dataDir, Map<String, String> brokerDefaults) {
    return start(dataDir, 0, 0, brokerDefaults);
  }

  private static EmbeddedKafka start(Path dataDir, int port, int controllerPort, Map<String, String> brokerDefaults) {
    int clientPort = port == 0 ? FreePorts.pick() : FreePorts.requireFree(port, "the Kafka broker");
    int quorumPort = controllerPort == 0 ? FreePorts.pick() : FreePorts.requireFree(controllerPort, "the Kafka controller");
    Path logDir = dataDir.toAbsolutePath().resolve("kafka-logs");
    Properties props = brokerProperties(logDir, clientPort, quorumPort);
    props.putAll(brokerDefaults);
    try {
      Files.createDirectories(logDir);
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(dataDir, props);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka log directory " + logDir, e);
    }
    long started = System.nanoTime();
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
    server.startup();
    String bootstrap = "127.0.0.1:" + clientPort;
    log.info("Kafka broker up at {} in {} ms (log {})", bootstrap, (System.nanoTime() - started) / 1_000_000, logDir);
    return new EmbeddedKafka(server, bootstrap);
  }

  private static Properties brokerProperties(Path logDir, int clientPort, int quorumPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + quorumPort);
    p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + quorumPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toString());
    // A single node: every internal topic must make do with one replica, or clients wait forever.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "5");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "5");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("num.partitions", "2");
    p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    return p;
  }

  private static void format(Path dataDir, Properties props) throws IOException {
    Path config = dataDir.toAbsolutePath().resolve("kafka-server.properties");
    try (var out = Files.newBufferedWriter(config)) {
      props.store(out, "written by newswire for kafka-storage format");
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // execute(), never main(): main() exits the JVM.
    int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
        new PrintStream(captured, true, StandardCharsets.UTF_8));
    if (rc != 0) {
      throw new IllegalStateException("kafka-storage format failed: " + captured.toString(StandardCharsets.UTF_8));
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    long started = System.nanoTime();
    server.shutdown();
    server.awaitShutdown();
    log.info("Kafka broker stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
  }
}
