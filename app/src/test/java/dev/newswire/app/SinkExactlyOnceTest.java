package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.Teaser;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.sink.RetryPolicy;
import dev.newswire.sink.SinkConfig;
import dev.newswire.sink.SinkService;
import dev.newswire.sink.store.Store;
import dev.newswire.testkit.GeneratedPages;
import dev.newswire.testkit.PageEvents;
import dev.newswire.testkit.Events;
import dev.newswire.testkit.TcpProxy;
import dev.newswire.testkit.TestSchema;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The sink against a real broker and registry: 1,000 generated pages with overlapping teasers, a
 * garbage record, a record the database refuses and an aborted transaction. Every run must end with
 * exactly the generated rows, however it is interrupted.
 */
class SinkExactlyOnceTest {
  private static final int PAGES = 1000;
  private static final PageEvents CORPUS = new PageEvents(new GeneratedPages(PAGES));

  @TempDir
  static Path shared;
  private static EmbeddedKafka kafka;
  private static EmbeddedRegistry registry;
  private static Topics topics;
  // Offset after the last record the sink is to read, per partition: where every run must end.
  private static final Map<TopicPartition, Long> END = new HashMap<>();
  private static RecordMetadata garbage;
  private static RecordMetadata refused;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBrokerAndProduce() throws Exception {
    kafka = EmbeddedKafka.start(shared.resolve("kafka"));
    registry = EmbeddedRegistry.start(shared.resolve("registry"));
    topics = new Topics(new SchemaRegistryClient(registry.url()));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      TopicSetup.ensure(admin, new KafkaSettings(kafka.bootstrapServers(), registry.url()), List.of(Topics.ARTICLES, Topics.TEASERS, Topics.PAGES_PARSED, Topics.DEAD_LETTERS),
          2, (short) 1);
    }
    produceCorpus();
  }

  @AfterAll
  static void stopBroker() {
    if (registry != null) {
      registry.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  private static void produceCorpus() throws Exception {
    Map<String, Object> config = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
        "transactional.id", "corpus", "linger.ms", 5, "batch.size", 262144));
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
        new ByteArraySerializer())) {
      producer.initTransactions();
      // As enrich writes them: one transaction per group of pages, read_committed on the other side.
      for (int first = 0; first < PAGES; first += 250) {
        producer.beginTransaction();
        for (int i = first; i < first + 250; i++) {
          Article a = CORPUS.article(i);
          sent.add(producer.send(record(Topics.ARTICLES, a.getId(), topics.articles().valueSerde().serializer()
              .serialize(Topics.ARTICLES, a))));
          for (Teaser t : CORPUS.teasers(i)) {
            sent.add(producer.send(record(Topics.TEASERS, t.getId(), topics.teasers().valueSerde().serializer()
                .serialize(Topics.TEASERS, t))));
          }
          sent.add(producer.send(record(Topics.PAGES_PARSED, PageEvents.address(i), topics.pagesParsed().valueSerde()
              .serializer().serialize(Topics.PAGES_PARSED, CORPUS.parsed(i)))));
        }
        producer.commitTransaction();
      }
      producer.beginTransaction();
      Article aborted = Events.article(Events.page("https://kcnawatch.org/aborted", "1.0"), 0, "Aborted", null,
          "Never committed, so never read.");
      producer.send(record(Topics.ARTICLES, aborted.getId(),
          topics.articles().valueSerde().serializer().serialize(Topics.ARTICLES, aborted)));
      producer.flush();
      producer.abortTransaction();
    }
    try (KafkaProducer<String, byte[]> plain = new KafkaProducer<>(Map.of("bootstrap.servers",
        kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
      garbage = plain.send(record(Topics.ARTICLES, "garbage", "not avro at all".getBytes(StandardCharsets.UTF_8)))
          .get();
      Article noId = Events.article(Events.page("https://kcnawatch.org/refused", "1.0"), 0, "No id", null, "x");
      noId.setId("");
      refused = plain.send(record(Topics.ARTICLES, "refused",
          topics.articles().valueSerde().serializer().serialize(Topics.ARTICLES, noId))).get();
      sent.add(CompletableFuture.completedFuture(garbage));
      sent.add(CompletableFuture.completedFuture(refused));
    }
    for (Future<RecordMetadata> f : sent) {
      RecordMetadata m = f.get();
      END.merge(new TopicPartition(m.topic(), m.partition()), m.offset() + 1, Math::max);
    }
  }

  private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value) {
    return new ProducerRecord<>(topic, key, value);
  }

  @Test
  void aSinkProcessKilledMidRunAndRestartedStoresEveryRowOnce() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("newswire.db");
    Process first = startSinkProcess(url, "crash-test", 20, dir.resolve("first.log"));
    try {
      waitFor(Duration.ofSeconds(60), () -> count(url, null, "SELECT count(*) FROM teaser_sightings") > 0);
    } catch (AssertionError e) {
      System.out.println(Files.readString(dir.resolve("first.log")));
      throw e;
    } finally {
      first.destroyForcibly();
      first.waitFor();
    }
    long atKill = count(url, null, "SELECT count(*) FROM teaser_sightings");
    assertThat(atKill).as("killed mid-run").isBetween(1L, (long) PAGES * 10 - 1);

    Process second = startSinkProcess(url, "crash-test", 200, dir.resolve("second.log"));
    try {
      waitFor(Duration.ofSeconds(90), () -> reachedEnd(url, null, "crash-test"));
    } catch (AssertionError e) {
      System.out.println(Files.readString(dir.resolve("second.log")));
      throw e;
    } finally {
      second.destroy();
      assertThat(second.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
    assertExactlyTheCorpus(url, null);
  }

  @Test
  void aDatabaseAwayAtStartAndMidRunIsWaitedForAndNothingIsLost() throws Exception {
    TestSchema schema = new TestSchema();
    schema.create();
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger serviceLog = (Logger) LoggerFactory.getLogger(SinkService.class);
    logged.start();
    serviceLog.addAppender(logged);
    try (TcpProxy database = new TcpProxy(5432)) {
      String direct = schema.jdbcUrl();
      String viaProxy = direct.replace(":5432/", ":" + database.port() + "/");
      SinkConfig config = SinkConfig.of(kafka.bootstrapServers(), registry.url(), dir)
          .withJdbc(viaProxy, TestSchema.USER, null).withGroupId("database-away").withBatchSize(100);
      SinkService service = new SinkService(config, null, new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1)),
          new SimpleMeterRegistry());
      Thread runner = new Thread(service, "sink");
      runner.start();

      waitFor(Duration.ofSeconds(30), () -> warnings(logged) >= 2);
      assertThat(runner.isAlive()).isTrue();
      database.start();
      waitFor(Duration.ofSeconds(60), () -> count(direct, TestSchema.USER, "SELECT count(*) FROM teaser_sightings") > 0);
      int warningsBefore = warnings(logged);
      database.stop();
      Thread.sleep(1500);
      database.start();
      waitFor(Duration.ofSeconds(90), () -> reachedEnd(direct, TestSchema.USER, "database-away"));
      service.close();
      runner.join(30_000);

      assertThat(runner.isAlive()).isFalse();
      assertThat(warnings(logged)).as("waited for the database mid-run").isGreaterThan(warningsBefore);
      assertExactlyTheCorpus(direct, TestSchema.USER);
      assertThat(service.counts().deadLetters()).isGreaterThanOrEqualTo(2);
      assertThat(service.counts().articles()).isLessThanOrEqualTo(PAGES);
      assertDeadLetters();
    } finally {
      serviceLog.detachAppender(logged);
      schema.drop();
    }
  }

  @Test
  void aSinkSaysItHasStoredUpToTheTopicsEndsOnlyOnceEveryCommittedRowIsStored() throws Exception {
    Map<TopicPartition, Long> ends;
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
      ends = LocalRuntime.lastStableOffsets(admin, SinkService.topics(), Duration.ofSeconds(30));
    }
    // The teasers' partitions end in a commit marker: their last stable offset is past the last record.
    assertThat(ends.entrySet()).anyMatch(e -> e.getKey().topic().equals(Topics.TEASERS)
        && e.getValue() > END.get(e.getKey()));
    String url = Store.defaultJdbcUrl(dir);
    SinkConfig config = SinkConfig.of(kafka.bootstrapServers(), registry.url(), dir).withGroupId("caught-up")
        .withBatchSize(50);
    SinkService service = new SinkService(config, new SimpleMeterRegistry());
    assertThat(service.storedUpTo(ends)).as("before it has read anything").isFalse();
    Thread runner = new Thread(service, "sink");
    runner.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    long partly = Long.MAX_VALUE; // the fewest sightings stored seen while the sink says it is not there yet
    try {
      while (!service.storedUpTo(ends)) {
        partly = Math.min(partly, Math.max(0, count(url, null, "SELECT count(*) FROM teaser_sightings")));
        Thread.sleep(5);
        assertThat(runner.isAlive()).isTrue();
        assertThat(System.nanoTime()).as("says it has stored up to the ends within 90 s").isLessThan(deadline);
      }
    } finally {
      // Stopped at once, so a sink that said so too early has no time left to finish.
      service.close();
      runner.join(30_000);
    }
    assertThat(partly).as("seen part-way").isLessThan((long) CORPUS.sightings().size());
    assertExactlyTheCorpus(url, null);
  }

  private static int warnings(ListAppender<ILoggingEvent> logged) {
    return (int) List.copyOf(logged.list).stream().filter(e -> e.getLevel() == Level.WARN).count();
  }

  private void assertExactlyTheCorpus(String url, String user) throws SQLException {
    assertThat(strings(url, user, "SELECT id FROM articles")).isEqualTo(CORPUS.articleIds());
    assertThat(strings(url, user, "SELECT id FROM teasers")).isEqualTo(CORPUS.teaserIds());
    assertThat(strings(url, user, "SELECT teaser_id || '|' || page_address FROM teaser_sightings"))
        .isEqualTo(CORPUS.sightings());
    assertThat(count(url, user, "SELECT count(*) FROM pages")).isEqualTo(PAGES);
    assertThat(count(url, user, "SELECT count(*) FROM pages WHERE last_parsed_at IS NOT NULL")).isEqualTo(PAGES);
    // Every teaser announces a generated article: half by address, half by date and snippet.
    assertThat(count(url, user, "SELECT count(*) FROM teasers WHERE article_id IS NOT NULL"))
        .isEqualTo(CORPUS.teaserIds().size());
    Set<String> expectedLinks = CORPUS.links();
    assertThat(strings(url, user, "SELECT t.id || '|' || a.page_address FROM teasers t JOIN articles a"
        + " ON a.id = t.article_id")).isEqualTo(expectedLinks);
  }

  private void assertDeadLetters() {
    Map<Long, DeadLetter> byOffset = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = c.partitionsFor(Topics.DEAD_LETTERS).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      c.assign(partitions);
      c.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = c.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
          DeadLetter d = topics.deadLetters().valueSerde().deserializer().deserialize(r.topic(), r.value());
          if (d.getStage().equals("sink") && d.getSourceTopic().equals(Topics.ARTICLES)) {
            byOffset.put(d.getSourceOffset(), d);
          }
        }
      }
    }
    assertThat(byOffset).containsKeys(garbage.offset(), refused.offset());
    DeadLetter g = byOffset.get(garbage.offset());
    assertThat(g.getSourcePartition()).isEqualTo(garbage.partition());
    assertThat(g.getReason()).contains("cannot read");
    assertThat(bytes(g.getOriginalValue())).isEqualTo("not avro at all".getBytes(StandardCharsets.UTF_8));
    assertThat(bytes(g.getOriginalKey())).isEqualTo("garbage".getBytes(StandardCharsets.UTF_8));
    DeadLetter r = byOffset.get(refused.offset());
    assertThat(r.getReason()).containsIgnoringCase("check");
    assertThat(r.getAddress()).isEqualTo("https://kcnawatch.org/refused");
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  private Process startSinkProcess(String jdbcUrl, String group, int batchSize, Path log) throws Exception {
    return Processes.newswire(log, "sink", "--bootstrap-servers", kafka.bootstrapServers(),
        "--registry-url", registry.url(), "--jdbc-url", jdbcUrl, "--group-id", group,
        "--batch-size", String.valueOf(batchSize));
  }

  private static boolean reachedEnd(String url, String user, String group) {
    Map<TopicPartition, Long> stored = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT topic, \"partition\", next_offset FROM sink_offsets"
            + " WHERE consumer_group = '" + group + "'")) {
      while (r.next()) {
        stored.put(new TopicPartition(r.getString(1), r.getInt(2)), r.getLong(3));
      }
    } catch (SQLException e) {
      return false;
    }
    return stored.equals(END);
  }

  private static long count(String url, String user, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      return -1; // not created yet
    }
  }

  private static Set<String> strings(String url, String user, String sql) throws SQLException {
    Set<String> out = new TreeSet<>();
    List<String> all = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        all.add(r.getString(1));
      }
    }
    out.addAll(all);
    assertThat(all).as("no duplicates from " + sql).hasSameSizeAs(out);
    return out;
  }

  private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + timeout);
      }
      Thread.sleep(20);
    }
  }
}
