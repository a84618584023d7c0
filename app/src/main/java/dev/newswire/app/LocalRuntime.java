package dev.newswire.app;

import dev.newswire.app.health.EnrichProbes;
import dev.newswire.app.health.Probe;
import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.enrich.EnrichReplay;
import dev.newswire.enrich.EnrichService;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.SinkService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.LoggerFactory;

/**
 * Everything a local run needs, started under one data directory: a real Kafka broker, a real
 * registry, the enrich service and the sink. Closed in reverse order of start.
 */
final class LocalRuntime implements AutoCloseable {
  static final int PARTITIONS = 2;

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final KafkaSettings kafka;
  // Kept open for the sink's catch-up check: asked through a consumer, the offsets would queue behind
  // its fetch in flight on the same connection, up to the fetch's wait.
  private Admin admin;
  private EmbeddedRegistry registry;
  private Set<String> replayed = Set.of();
  private CompletionWatch watch;
  private EnrichService enrich;
  private SinkRunner sink;

  /**
   * @param replay rewind enrich to the start of the raw pages before it starts, so every page already
   *     in the data directory is parsed again
   * @param meters where enrich's meters go (the sink's are the factory's)
   */
  LocalRuntime(Path dataDir, int kafkaPort, int registryPort, int maxPageBytes, boolean replay,
      SinkRunner.Factory sinks, MeterRegistry meters) throws Exception {
    try {
      // The registry is a process of its own that needs nothing of the broker: the two start at once.
      FutureTask<EmbeddedRegistry> registryStart =
          new FutureTask<>(() -> EmbeddedRegistry.start(dataDir.resolve("registry"), registryPort));
      Thread starter = new Thread(registryStart, "registry-start");
      starter.setDaemon(true);
      starter.start();
      EmbeddedKafka broker;
      try {
        broker = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, 0);
      } catch (Exception | Error e) {
        stopOnceStarted(registryStart);
        throw e;
      }
      started.push(broker);
      registry = started(registryStart);
      started.push(registry);
      kafka = new KafkaSettings(broker.bootstrapServers(), registry.url()).withMaxPageBytes(maxPageBytes);
      admin = Admin.create(kafka.clientConfig());
      started.push(admin);
      TopicSetup.ensure(admin, kafka, Topics.NAMES, PARTITIONS, (short) 1);
      if (replay) {
        rewindEnrich(admin);
        replayed = RawPageAddresses.all(kafka);
      }
      // Positioned before enrich starts, so not one of its results goes unseen.
      watch = new CompletionWatch(kafka, SinkConfig.DEFAULT_GROUP_ID);
      started.push(watch);
      enrich = EnrichService.start(kafka, EnrichService.DEFAULT_APPLICATION_ID,
          dataDir.resolve("streams"), PARTITIONS, (short) 1, meters);
      started.push(enrich);
      // The sink starts while Streams joins its group; pages ingested meanwhile simply wait in Kafka.
      sink = sinks.start(kafka);
      started.push(sink);
      if (!enrich.awaitRunning(Duration.ofSeconds(120))) {
        throw new IllegalStateException("the enrich service did not start (state " + enrich.state() + ")");
      }
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  private static EmbeddedRegistry started(FutureTask<EmbeddedRegistry> start) throws Exception {
    try {
      return start.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** After a failed broker start: the registry is stopped too, once its own start has ended either way. */
  private static void stopOnceStarted(FutureTask<EmbeddedRegistry> start) {
    try {
      start.get().close();
    } catch (Exception | Error ignored) {
      // Its failure, if any, is not the one to report.
    }
  }

  /** Saves the registry's schemas, so records already written stay readable after a hard stop. */
  void checkpoint() {
    registry.checkpoint();
  }

  /**
   * A member of an earlier run that did not leave (killed, say) lingers until its session times out
   * on this broker, which is only counting since it started; wait that out rather than fail.
   */
  private static void rewindEnrich(Admin admin) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    boolean told = false;
    while (true) {
      try {
        EnrichReplay.rewind(admin, EnrichService.DEFAULT_APPLICATION_ID, null);
        return;
      } catch (EnrichReplay.GroupHasMembersException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        if (!told) {
          System.err.println("newswire: waiting for an earlier run's enrich member to time out (up to 45 s) ...");
          told = true;
        }
        Thread.sleep(2000);
      }
    }
  }

  /** Tells when pages ingested through this runtime are in the store. */
  CompletionWatch watch() {
    return watch;
  }

  /**
   * Waits until the sink has stored everything enrich has committed so far. The watch finds a page
   * stored once its rows are and the sink has passed its page-parsed event; in a replay by the same
   * parser the rows were there before, and the page's teasers, on a topic of their own that the sink
   * may read later, could still be on their way.
   *
   * @return whether the sink had caught up within the timeout; false at once if it has stopped
   */
  boolean sinkCaughtUp(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<TopicPartition, Long> ends = lastStableOffsets(admin, SinkService.topics(), timeout);
    Probe sinkLive = sink.live();
    while (!sink.storedUpTo(ends)) {
      // A sink that has stopped will not get there: no point waiting out the run's timeout.
      if (System.nanoTime() > deadline || sinkLive.problem() != null) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Each partition's end as a read-committed consumer sees it: past the last committed transaction. */
  static Map<TopicPartition, Long> lastStableOffsets(Admin admin, List<String> topics, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (TopicDescription topic : admin.describeTopics(topics).allTopicNames()
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS).values()) {
      topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }

  /** The pages a replay will parse again; empty without a replay. */
  Set<String> replayed() {
    return replayed;
  }

  /** Live while enrich's Streams threads and the sink's thread run. */
  Probe live() {
    return Probe.all(EnrichProbes.live(enrich), sink.live());
  }

  /** Ready while enrich is RUNNING and the sink consumes into a database that answers. */
  Probe ready() {
    return Probe.all(EnrichProbes.ready(enrich), sink.ready());
  }

  KafkaSettings kafka() {
    return kafka;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        LoggerFactory.getLogger(LocalRuntime.class).warn("while stopping: {}", e.getMessage());
      }
    }
  }
}
