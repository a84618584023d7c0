package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.avro.Teaser;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology without a broker (TopologyTestDriver), its serdes against a real registry. */
class EnrichTopologyTest {
  static final String ADDRESS = "https://kcnawatch.org/newstream/1701640000-123456/technical-innovation/";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path dir;
  static EmbeddedRegistry registry;
  static Topics topics;
  TopologyTestDriver driver;
  SimpleMeterRegistry meters;
  TestInputTopic<String, RawPage> rawPages;
  TestInputTopic<String, byte[]> rawBytes;
  TestOutputTopic<String, Article> articles;
  TestOutputTopic<String, Teaser> teasers;
  TestOutputTopic<String, PageParsed> parsed;
  TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeAll
  static void startRegistry() {
    registry = EmbeddedRegistry.start(dir);
    topics = new Topics(new SchemaRegistryClient(registry.url()));
  }

  @AfterAll
  static void stopRegistry() {
    registry.close();
  }

  @BeforeEach
  void createDriver() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    meters = new SimpleMeterRegistry();
    driver = new TopologyTestDriver(EnrichTopology.build(topics, new PageParser(), CLOCK, meters), props);
    rawPages = driver.createInputTopic(Topics.RAW_PAGES, Serdes.String().serializer(), topics.rawPages().valueSerde().serializer());
    rawBytes = driver.createInputTopic(Topics.RAW_PAGES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    articles = driver.createOutputTopic(Topics.ARTICLES, Serdes.String().deserializer(), topics.articles().valueSerde().deserializer());
    teasers = driver.createOutputTopic(Topics.TEASERS, Serdes.String().deserializer(), topics.teasers().valueSerde().deserializer());
    parsed = driver.createOutputTopic(Topics.PAGES_PARSED, Serdes.String().deserializer(), topics.pagesParsed().valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.String().deserializer(), topics.deadLetters().valueSerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  static RawPage page(String address, byte[] content, Instant capturedAt) {
    return RawPage.newBuilder().setAddress(address).setSource("file").setCapturedAt(capturedAt)
        .setContentType("text/plain").setContent(ByteBuffer.wrap(content)).setIngestedAt(CLOCK.instant()).build();
  }

  static byte[] sample() throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/samples/kcna-watch-2023-12-04.txt"));
  }

  @Test
  void theSamplePageBecomesOneArticleTwentyTeasersAndASummary() throws Exception {
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));

    List<KeyValue<String, Article>> out = articles.readKeyValuesToList();
    assertThat(out).singleElement().satisfies(kv -> {
      // Keyed by the capture (page and position); the news item is in the value.
      assertThat(kv.key).isEqualTo(StableIds.article(ADDRESS, 0)).isEqualTo(kv.value.getId());
      assertThat(kv.value.getItemId()).startsWith("i-");
      Article a = kv.value;
      assertThat(a.getPublished()).isEqualTo("2023-12-04");
      assertThat(a.getPublishedSource()).isEqualTo("FOOTER");
      assertThat(a.getDatelinePlace()).isEqualTo("Pyongyang");
      assertThat(a.getPage().getLayout()).isEqualTo("KCNA_WATCH_TEXT");
      assertThat(a.getPage().getParserVersion()).isEqualTo(PageParser.VERSION);
      assertThat(a.getBody().split("\n\n")).hasSize(7);
      assertThat(a.getBody()).doesNotContain("-0-", "www.kcna.kp", "More From");
      assertThat(a.getDates()).anySatisfy(d -> {
        assertThat(d.getDate()).isEqualTo("2023-12-04");
        assertThat(d.getSource()).isEqualTo("FOOTER");
      });
    });

    List<KeyValue<String, Teaser>> ts = teasers.readKeyValuesToList();
    assertThat(ts).hasSize(20);
    assertThat(ts).extracting(kv -> kv.key).doesNotHaveDuplicates();
    assertThat(ts).allSatisfy(kv -> assertThat(kv.key).isEqualTo(kv.value.getId()));
    assertThat(ts).filteredOn(kv -> "2026-02-14".equals(kv.value.getDate())).hasSize(8);
    assertThat(ts).filteredOn(kv -> "2026-02-13".equals(kv.value.getDate())).hasSize(11);
    assertThat(ts).filteredOn(kv -> "2026-02-12".equals(kv.value.getDate())).hasSize(1);

    KeyValue<String, PageParsed> summary = parsed.readKeyValue();
    assertThat(summary.key).isEqualTo(ADDRESS);
    assertThat(summary.value.getArticleIds()).containsExactly(out.get(0).key);
    assertThat(summary.value.getArticleItemIds()).containsExactly(out.get(0).value.getItemId());
    assertThat(summary.value.getTeaserIds()).containsExactlyElementsOf(ts.stream().map(kv -> kv.key).toList());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void replayingAPageGivesTheSameKeys() throws Exception {
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));
    List<String> first = teasers.readKeyValuesToList().stream().map(kv -> kv.key).toList();
    String article = articles.readKeyValue().key;
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));
    assertThat(teasers.readKeyValuesToList().stream().map(kv -> kv.key).toList()).isEqualTo(first);
    assertThat(articles.readKeyValue().key).isEqualTo(article);
  }

  @Test
  void theSameTeaserOnAnotherPageKeepsItsId() throws Exception {
    String other = "file:///captures/other-copy.txt";
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));
    rawPages.pipeInput(other, page(other, sample(), null));
    List<KeyValue<String, Teaser>> all = teasers.readKeyValuesToList();
    assertThat(all).hasSize(40);
    assertThat(all.stream().map(kv -> kv.key).distinct()).hasSize(20);
    assertThat(all.stream().map(kv -> kv.value.getPage().getAddress()).distinct()).containsExactlyInAnyOrder(ADDRESS, other);
  }

  @Test
  void bytesThatAreNoRawPageGoToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    rawBytes.pipeInput("broken", garbage);
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getStage()).isEqualTo("enrich");
    assertThat(letter.getReason()).contains("magic byte");
    assertThat(letter.getAddress()).isEqualTo("broken");
    assertThat(letter.getSourceTopic()).isEqualTo(Topics.RAW_PAGES);
    assertThat(letter.getSourceOffset()).isZero();
    assertThat(bytes(letter.getOriginalValue())).isEqualTo(garbage);
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(articles.readValuesToList()).hasSize(1);
  }

  @Test
  void aPageNoParserRecognisesIsDeadLetteredWithTheReason() {
    byte[] content = "%PDF-1.4 binary garbage \u0000\u0001".getBytes(StandardCharsets.UTF_8);
    rawPages.pipeInput("file:///x.pdf", page("file:///x.pdf", content, null));
    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).containsIgnoringCase("no known page layout").contains("file:///x.pdf");
    assertThat(letter.getErrorClass()).endsWith("UnrecognisedPageException");
    assertThat(articles.isEmpty()).isTrue();
    assertThat(parsed.isEmpty()).isTrue();
    assertThat(letter.getFailedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aPageReadWhileTheRegistryIsAwayFailsTheTaskForARetryAndIsNeverDeadLettered() throws Exception {
    byte[] encoded = topics.rawPages().valueSerde().serializer().serialize(Topics.RAW_PAGES, page(ADDRESS, sample(), null));
    driver.close();
    // The same topics, but a registry nobody answers at: the schema id in the page cannot be looked up.
    Topics away = new Topics(new SchemaRegistryClient("http://127.0.0.1:1"));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test-registry-away");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichTopology.build(away, new PageParser(), CLOCK, new SimpleMeterRegistry()), props);
    TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.RAW_PAGES, Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    TestOutputTopic<String, byte[]> out = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer());

    assertThatThrownBy(() -> in.pipeInput(ADDRESS, encoded)).hasStackTraceContaining("unreachable");
    assertThat(out.isEmpty()).isTrue();
  }

  @Test
  void aDeadLetterForAPageTooLargeToKeepHoldsAnExcerptSoItCanAlwaysBeSent() {
    driver.close();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test-bounds");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(EnrichTopology.build(topics, new PageParser(), CLOCK,
        new BoundedDeadLetter(64 << 10), new SimpleMeterRegistry()), props);
    TestInputTopic<String, RawPage> in = driver.createInputTopic(Topics.RAW_PAGES, Serdes.String().serializer(),
        topics.rawPages().valueSerde().serializer());
    TestOutputTopic<String, DeadLetter> out = driver.createOutputTopic(Topics.DEAD_LETTERS,
        Serdes.String().deserializer(), topics.deadLetters().valueSerde().deserializer());
    byte[] content = "no layout at all; ".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    in.pipeInput("file:///big.txt", page("file:///big.txt", content, null));

    DeadLetter letter = out.readValue();
    assertThat(letter.getOriginalValue().remaining()).isEqualTo(BoundedDeadLetter.EXCERPT_BYTES);
    assertThat(letter.getReason()).containsIgnoringCase("no known page layout").contains("bytes; its first 4096 kept");
  }

  @Test
  void anOutputRecordTheTopicWillNeverTakeBecomesADeadLetterInsteadOfFailingTheThreadForever() {
    OversizedOutputHandler handler = new OversizedOutputHandler();
    handler.configure(Map.of(OversizedOutputHandler.DEAD_LETTERS, topics.deadLetters()));
    byte[] key = ADDRESS.getBytes(StandardCharsets.UTF_8);
    ErrorHandlerContext context = new ErrorHandlerContext() {
      public String topic() { return Topics.RAW_PAGES; }
      public int partition() { return 1; }
      public long offset() { return 7; }
      public Headers headers() { return new RecordHeaders(); }
      public String processorNodeId() { return PageOutput.ARTICLES.node; }
      public TaskId taskId() { return new TaskId(0, 1); }
      public long timestamp() { return CLOCK.millis(); }
      public byte[] sourceRawKey() { return key; }
      public byte[] sourceRawValue() { return new byte[10]; }
    };
    ProducerRecord<byte[], byte[]> tooLarge = new ProducerRecord<>(Topics.ARTICLES, key, new byte[2 << 20]);

    ProductionExceptionHandler.Response response = handler.handleError(context, tooLarge,
        new RecordTooLargeException("too large"));
    assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(r -> {
      assertThat(r.topic()).isEqualTo(Topics.DEAD_LETTERS);
      assertThat(r.key()).isEqualTo(key);
      DeadLetter letter = topics.deadLetters().valueSerde().deserializer().deserialize(Topics.DEAD_LETTERS, r.value());
      assertThat(letter.getReason()).contains((2 << 20) + " bytes for " + Topics.ARTICLES);
      assertThat(letter.getSourceOffset()).isEqualTo(7);
      assertThat(letter.getOriginalValue()).isNull();
    });
    // Anything else (the broker away, say) is still the default's to handle: retried, or the thread fails.
    assertThat(handler.handleError(context, tooLarge, new TimeoutException("away")).result())
        .isNotEqualTo(ProductionExceptionHandler.Result.RESUME);
  }

  @Test
  void theCountersAgreeWithWhatWasEmittedAndNameEachDeadLettersReason() throws Exception {
    rawPages.pipeInput(ADDRESS, page(ADDRESS, sample(), null));
    rawPages.pipeInput("file:///other.txt", page("file:///other.txt", sample(), null));
    rawBytes.pipeInput("broken", "not avro at all".getBytes(StandardCharsets.UTF_8));
    rawPages.pipeInput("file:///x.pdf", page("file:///x.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), null));

    assertThat(count("newswire.pages.parsed")).isEqualTo(2);
    assertThat(count("newswire.articles.emitted")).isEqualTo(articles.readValuesToList().size()).isEqualTo(2);
    assertThat(count("newswire.teasers.emitted")).isEqualTo(teasers.readValuesToList().size()).isEqualTo(40);
    assertThat(deadLetters.readValuesToList()).hasSize(2);
    assertThat(deadLetters("unreadable")).isEqualTo(1);
    assertThat(deadLetters("unrecognised")).isEqualTo(1);
    assertThat(deadLetters("parse_failed") + deadLetters("parser_error") + deadLetters("no_value")).isZero();
  }

  private long count(String name) {
    return (long) meters.get(name).counter().count();
  }

  private long deadLetters(String reason) {
    return (long) meters.get("newswire.dead.letters").tag("stage", "enrich").tag("reason", reason).counter().count();
  }

  @Test
  void binaryBytesAtAKcnaWatchAddressAreDeadLetteredNotStored() {
    // As a web archive record's target would give them: the address of a real copy, bytes of something else.
    String address = "https://kcnawatch.org/newstream/1701250527-285066777/press-review";
    byte[] content = new byte[16 * 1024];
    new Random(10).nextBytes(content);
    rawPages.pipeInput(address, page(address, content, null));
    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).contains("No known page layout matches this page (" + address + ")");
    assertThat(letter.getErrorClass()).endsWith("UnrecognisedPageException");
    assertThat(articles.isEmpty()).isTrue();
    assertThat(parsed.isEmpty()).isTrue();
  }

  @Test
  void anHtmlPageLabelledTextIsParsedAsHtmlAndAsParseReadsIt() throws Exception {
    byte[] html = Files.readAllBytes(Path.of("src/test/resources/fixtures/kcna_kp_article/gregorian-footer.html"));
    String address = "file:///pages/article.txt";
    Instant captured = Instant.parse("2025-12-14T03:00:00Z");
    rawPages.pipeInput(address, page(address, html, captured));

    Article a = articles.readValue();
    ParsedArticle direct = new PageParser().parse(PageInput.captured(address, html, "text/plain", captured))
        .articles().get(0);
    assertThat(a.getBody()).isEqualTo(direct.body()).doesNotContain("<p>", "<div", "</");
    assertThat(a.getPage().getLayout()).isEqualTo("KCNA_KP_ARTICLE");
    assertThat(a.getPublished()).isEqualTo(direct.published().toString()).isEqualTo("2025-12-14");
    assertThat(a.getTitle()).isEqualTo(direct.title());
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer view = buffer.duplicate();
    byte[] out = new byte[view.remaining()];
    view.get(out);
    return out;
  }
}
