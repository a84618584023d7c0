package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageParser;
import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology as a Kafka Streams application with exactly-once processing: a page's
 * events and the consumption of the page commit together, or not at all.
 */
public final class EnrichService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
  public static final String DEFAULT_APPLICATION_ID = "newswire-enrich";

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;

  private EnrichService(KafkaStreams streams, KafkaStreamsMetrics streamsMetrics) {
    this.streams = streams;
    this.streamsMetrics = streamsMetrics;
  }

  /**
   * @param stateDir where Kafka Streams keeps its local state
   * @param partitions partitions for topics this service has to create
   * @param replication replication factor for topics it creates (1 on a single broker)
   * @param registry where the Streams client metrics and the topology's counters go
   */
  public static EnrichService start(KafkaSettings kafka, String applicationId, Path stateDir,
      int partitions, short replication, MeterRegistry registry) {
    Topics topics = kafka.topics();
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      TopicSetup.ensure(admin, kafka, Topics.NAMES, partitions, replication);
    }
    Properties props = new Properties();
    props.putAll(kafka.clientConfig());
    // Outputs and dead letters as large as the topics take, compressed; fetches as large as a page.
    kafka.producerSizing().forEach((key, value) -> props.put(StreamsConfig.producerPrefix(key), value));
    kafka.consumerSizing().forEach((key, value) -> props.put(StreamsConfig.consumerPrefix(key), value));
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
    // Parsing is the work: a thread per core, each with its share of the raw topic's partitions.
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Math.max(1, Math.min(partitions,
        Runtime.getRuntime().availableProcessors())));
    props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
    props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizedOutputHandler.class);
    props.put(OversizedOutputHandler.DEAD_LETTERS, topics.deadLetters());
    KafkaStreams streams = new KafkaStreams(EnrichTopology.build(topics, new PageParser(), Clock.systemUTC(),
        BoundedDeadLetter.forTopics(kafka), registry), props);
    streams.setUncaughtExceptionHandler(e -> {
      log.error("enrich stream thread failed; replacing it", e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    streams.start();
    // While the stream threads join their group: otherwise each topic's first record waited on the registry.
    // The first failure ends it, so a registry that is away costs one request's timeout, not five.
    boolean prepared = topics.articles().prepareWrites() && topics.teasers().prepareWrites()
        && topics.pagesParsed().prepareWrites() && topics.deadLetters().prepareWrites()
        && topics.rawPages().prepareReads();
    if (!prepared) {
      log.debug("some schemas could not be asked for ahead of the first pages; those records will ask");
    }
    return new EnrichService(streams, streamsMetrics);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Waits until the application is running (partitions assigned), or the timeout passes. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (streams.state() == KafkaStreams.State.RUNNING) {
        return true;
      }
      if (!streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
        return false;
      }
      Thread.sleep(100);
    }
    return false;
  }

  /**
   * Stops and leaves the group. Streams stays in its group by default (to spare rolling restarts a
   * rebalance), which would make the next start wait a session timeout and block a replay's rewind.
   */
  @Override
  public void close() {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
    streamsMetrics.close();
  }
}
