package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.TopicSetup;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.sink.store.Batch;
import dev.newswire.sink.store.Source;
import dev.newswire.sink.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch against a real broker, registry and store: a page is done when the store holds its parse. */
class CompletionWatchTest {
  @TempDir static Path shared;
  private static EmbeddedKafka broker;
  private static EmbeddedRegistry registry;
  private static KafkaSettings kafka;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    broker = EmbeddedKafka.start(shared.resolve("kafka"));
    registry = EmbeddedRegistry.start(shared.resolve("registry"));
    kafka = new KafkaSettings(broker.bootstrapServers(), registry.url());
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      TopicSetup.ensure(admin, kafka, List.of(Topics.PAGES_PARSED, Topics.DEAD_LETTERS), 1, (short) 1);
    }
  }

  @AfterAll
  static void stop() {
    if (registry != null) {
      registry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aPageIsDoneWhenTheStoreHoldsTheAnnouncedParse() throws Exception {
    PageParsed parsed = parsed("https://kcnawatch.org/newstream/1");
    try (Store store = Store.open(Store.defaultJdbcUrl(dir)); CompletionWatch watch = new CompletionWatch(kafka)) {
      store.write(new Batch().add(parsed, Source.synthetic(1)));
      announce(parsed);

      List<CompletionWatch.Outcome> outcomes = watch.await(Set.of(address(parsed)), store, Duration.ofSeconds(60));

      assertThat(outcomes).singleElement().satisfies(o -> {
        assertThat(o.stored()).isTrue();
        assertThat(o.deadLetterReason()).isNull();
      });
    }
  }

  @Test
  void progressCountsAPageParsedButNotYetStoredAsThroughEnrich() throws Exception {
    PageParsed stored = parsed("https://kcnawatch.org/newstream/3");
    PageParsed notYet = parsed("https://kcnawatch.org/newstream/4");
    StringWriter text = new StringWriter();
    long[] clock = {0};
    // Every reading of the clock is an interval later, so every pass of the wait prints its line.
    StoreProgress progress = new StoreProgress(new PrintWriter(text), () -> clock[0] += StoreProgress.INTERVAL_NANOS);
    try (Store store = Store.open(Store.defaultJdbcUrl(dir)); CompletionWatch watch = new CompletionWatch(kafka)) {
      store.write(new Batch().add(stored, Source.synthetic(1)));
      announce(stored);
      announce(notYet);

      assertThatThrownBy(() -> watch.await(Set.of(address(stored), address(notYet)), store, Duration.ofSeconds(5),
          progress)).hasMessageContaining("1 of 2 pages not in the store");
    }
    assertThat(text.toString().lines()).last().asString().startsWith("store: 1 of 2 pages done (enrich through 2) ");
  }

  @Test
  void aBrokenStoreIsReportedAtOnceNotAsATimeout() throws Exception {
    PageParsed parsed = parsed("https://kcnawatch.org/newstream/2");
    try (Store store = Store.open(Store.defaultJdbcUrl(dir)); CompletionWatch watch = new CompletionWatch(kafka)) {
      // What a migration gone wrong would leave: a table the watch reads is missing.
      try (Connection c = DriverManager.getConnection(Store.defaultJdbcUrl(dir)); Statement s = c.createStatement()) {
        s.execute("DROP TABLE teaser_sightings");
      }
      announce(parsed);

      assertThatThrownBy(() -> watch.await(Set.of(address(parsed)), store, Duration.ofSeconds(120)))
          .hasMessageContaining("teaser_sightings").hasMessageNotContaining("not in the store after");
    }
  }

  private static String address(PageParsed parsed) {
    return parsed.getPage().getAddress();
  }

  private static PageParsed parsed(String address) {
    PageRef page = PageRef.newBuilder().setAddress(address).setCapturedAt(Instant.parse("2024-05-01T06:00:00Z"))
        .setLayout("KCNA_WATCH_TEXT").setParserVersion("1.0").build();
    return PageParsed.newBuilder().setPage(page).setArticleIds(List.of()).setTeaserIds(List.of())
        .setWarnings(List.of()).build();
  }

  private static void announce(PageParsed parsed) throws Exception {
    Topics topics = kafka.topics();
    try (KafkaProducer<String, PageParsed> producer = new KafkaProducer<>(kafka.clientConfig(), new StringSerializer(),
        topics.pagesParsed().valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.PAGES_PARSED, address(parsed), parsed)).get();
    }
  }
}
