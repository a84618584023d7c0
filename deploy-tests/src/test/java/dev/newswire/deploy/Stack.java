package dev.newswire.deploy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The deployment of docker-compose.yml on one network: the broker, the registry, PostgreSQL, two enrich
 * and two sink containers from the newswire image, and ingest as a one-shot container per run.
 */
final class Stack implements AutoCloseable {
  static final String NEWSWIRE_IMAGE = System.getProperty("newswire.image", "localhost/newswire:latest");
  static final String KAFKA_IMAGE = System.getProperty("newswire.kafka.image");
  static final String REGISTRY_IMAGE = System.getProperty("newswire.registry.image");
  static final String POSTGRES_IMAGE = System.getProperty("newswire.postgres.image");
  static final int HEALTH_PORT = 8080;
  private static final String DB = "newswire";
  private static final String PASSWORD = "deploy-test";
  private static final Duration READY = Duration.ofMinutes(4);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final DockerClient docker = DockerClientFactory.instance().client();
  private final Network network = Network.newNetwork();
  final GenericContainer<?> kafka = new GenericContainer<>(DockerImageName.parse(KAFKA_IMAGE))
      .withNetwork(network).withNetworkAliases("kafka").withExposedPorts(9092)
      .withEnv(Map.ofEntries(Map.entry("KAFKA_NODE_ID", "1"), Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
          Map.entry("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093"),
          Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092"),
          Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
          Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
          Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093"),
          Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
          Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
          Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
          Map.entry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1"),
          Map.entry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1"),
          Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")))
      .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(READY));
  final GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
      .withNetwork(network).withNetworkAliases("registry").withExposedPorts(8080)
      .withEnv("REGISTRY_RULES_GLOBAL_COMPATIBILITY", "BACKWARD")
      .waitingFor(Wait.forHttp("/health/ready").forPort(8080).withStartupTimeout(READY));
  final GenericContainer<?> postgres = new GenericContainer<>(DockerImageName.parse(POSTGRES_IMAGE))
      .withNetwork(network).withNetworkAliases("postgres").withExposedPorts(5432)
      .withEnv(Map.of("POSTGRES_DB", DB, "POSTGRES_USER", DB, "POSTGRES_PASSWORD", PASSWORD))
      .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 1).withStartupTimeout(READY));
  final List<GenericContainer<?>> enrich = List.of(service("enrich", 1), service("enrich", 2));
  final List<GenericContainer<?>> sinks = List.of(service("sink", 1), service("sink", 2));

  static List<String> images() {
    return List.of(NEWSWIRE_IMAGE, KAFKA_IMAGE, REGISTRY_IMAGE, POSTGRES_IMAGE);
  }

  void start() {
    long started = System.nanoTime();
    Startables.deepStart(kafka, registry, postgres).join();
    Startables.deepStart(newswireServices()).join();
    say("stack ready in %s s: %s", (System.nanoTime() - started) / 1_000_000_000, services().stream()
        .map(c -> name(c) + " :" + hostPort(c, c == kafka ? 9092 : c == postgres ? 5432 : HEALTH_PORT)).toList());
  }

  private GenericContainer<?> service(String command, int instance) {
    GenericContainer<?> c = newswire(command + "-" + instance).withCommand(command).withExposedPorts(HEALTH_PORT)
        .waitingFor(Wait.forHttp("/health/ready").forPort(HEALTH_PORT).forStatusCode(200).withStartupTimeout(READY));
    if (command.equals("sink")) {
      c.withEnv(Map.of("NEWSWIRE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + DB, "NEWSWIRE_JDBC_USER", DB,
          "NEWSWIRE_JDBC_PASSWORD", PASSWORD));
    }
    return c;
  }

  private GenericContainer<?> newswire(String alias) {
    return new GenericContainer<>(DockerImageName.parse(NEWSWIRE_IMAGE)).withNetwork(network)
        .withNetworkAliases(alias)
        .withEnv(Map.of("NEWSWIRE_BOOTSTRAP_SERVERS", "kafka:9092",
            "NEWSWIRE_REGISTRY_URL", "http://registry:8080/apis/ccompat/v7",
            "NEWSWIRE_HEALTH_PORT", String.valueOf(HEALTH_PORT), "NEWSWIRE_JAVA_OPTS", "-Xmx384m"));
  }

  /** Runs the one-shot ingest tool on the pages, copied into its container under /pages/NAME. */
  String ingest(Path pages, String name) {
    try (GenericContainer<?> ingest = newswire("ingest-" + name).withCommand("ingest", "/pages/" + name)
        .withCopyFileToContainer(MountableFile.forHostPath(pages), "/pages/" + name)
        .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(5)))) {
      ingest.start();
      return ingest.getLogs().strip();
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + hostPort(postgres, 5432) + "/" + DB;
  }

  StoreCounts counts() throws SQLException {
    return StoreCounts.read(jdbcUrl(), DB, PASSWORD);
  }

  List<GenericContainer<?>> services() {
    return Stream.of(List.of(kafka, registry, postgres), enrich, sinks).flatMap(List::stream).toList();
  }

  List<GenericContainer<?>> newswireServices() {
    return Stream.of(enrich, sinks).flatMap(List::stream).toList();
  }

  void kill(GenericContainer<?> c) {
    docker.killContainerCmd(c.getContainerId()).withSignal("KILL").exec();
    say("%s killed (SIGKILL)", name(c));
  }

  void stop(GenericContainer<?> c) {
    docker.stopContainerCmd(c.getContainerId()).withTimeout(30).exec();
    say("%s stopped", name(c));
  }

  /** Starts a killed or stopped container again, as its restart policy would. */
  void restart(GenericContainer<?> c) {
    docker.startContainerCmd(c.getContainerId()).exec();
    say("%s started again", name(c));
  }

  /** The host port a container's port is published on now (it may change when the container restarts). */
  int hostPort(GenericContainer<?> c, int port) {
    Ports.Binding[] bindings = docker.inspectContainerCmd(c.getContainerId()).exec().getNetworkSettings().getPorts()
        .getBindings().get(ExposedPort.tcp(port));
    if (bindings == null || bindings.length == 0) {
      throw new IllegalStateException(name(c) + " publishes no port " + port + " (not running?)");
    }
    return Integer.parseInt(bindings[0].getHostPortSpec());
  }

  boolean listening(GenericContainer<?> c, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", hostPort(c, port)), 2_000);
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  /** GET of a path on a newswire service's health port: the status and the body. */
  HttpResponse<String> get(GenericContainer<?> c, String path) throws IOException, InterruptedException {
    return get(c, HEALTH_PORT, path);
  }

  HttpResponse<String> get(GenericContainer<?> c, int port, String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://127.0.0.1:" + hostPort(c, port) + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  boolean ready(GenericContainer<?> c) {
    try {
      return get(c, "/health/ready").statusCode() == 200;
    } catch (IOException | IllegalStateException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** One line of what the test does, in its report. */
  static void say(String format, Object... args) {
    System.out.println("deploy: " + String.format(format, args));
  }

  static String name(GenericContainer<?> c) {
    List<String> aliases = new ArrayList<>(c.getNetworkAliases());
    return aliases.isEmpty() ? c.getDockerImageName() : aliases.get(aliases.size() - 1);
  }

  @Override
  public void close() {
    for (GenericContainer<?> c : services()) {
      c.stop();
    }
    network.close();
  }
}
