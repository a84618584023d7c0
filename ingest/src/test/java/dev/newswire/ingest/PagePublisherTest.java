package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.embedded.EmbeddedKafka;
import dev.newswire.embedded.EmbeddedRegistry;
import dev.newswire.ingest.source.FileSource;
import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Ingest through a real broker and registry: what goes in comes out unchanged, keyed by address. */
class PagePublisherTest {
  @TempDir static Path infra;
  @TempDir Path pages;
  static EmbeddedKafka kafka;
  static EmbeddedRegistry registry;
  static Topics topics;
  static final int LIMIT = KafkaSettings.DEFAULT_MAX_PAGE_BYTES;
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

  @BeforeAll
  static void start() {
    kafka = EmbeddedKafka.start(infra.resolve("kafka"));
    registry = EmbeddedRegistry.start(infra.resolve("registry"));
    topics = new Topics(new SchemaRegistryClient(registry.url()));
  }

  @AfterAll
  static void stop() {
    registry.close();
    kafka.close();
  }

  @Test
  void publishesADirectoryUnchangedKeyedByFileUri() throws Exception {
    Path sample = Path.of("../enrich/src/test/resources/samples/kcna-watch-2023-12-04.txt");
    byte[] original = Files.readAllBytes(sample);
    Files.createDirectories(pages.resolve("sub"));
    Files.write(pages.resolve("a.txt"), original);
    Files.write(pages.resolve("sub/b.html"), "<html>é</html>".getBytes(StandardCharsets.ISO_8859_1));

    List<RawPage> read = publishAndRead(FileSource.of(List.of(pages.toString()), null, null, LIMIT));

    assertThat(read).hasSize(2);
    RawPage a = read.stream().filter(p -> p.getAddress().endsWith("/a.txt")).findFirst().orElseThrow();
    assertThat(a.getAddress()).startsWith("file:/");
    assertThat(bytes(a)).isEqualTo(original);
    assertThat(a.getSource()).isEqualTo("file");
    assertThat(a.getCapturedAt()).isNull();
    assertThat(a.getContentType()).isEqualTo("text/plain");
    assertThat(a.getIngestedAt()).isEqualTo(CLOCK.instant());
    RawPage b = read.stream().filter(p -> p.getAddress().endsWith("/sub/b.html")).findFirst().orElseThrow();
    assertThat(bytes(b)).isEqualTo("<html>é</html>".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aSingleFileTakesTheGivenAddressAndCaptureTime() throws Exception {
    Files.writeString(pages.resolve("one.html"), "<html></html>");
    Instant captured = Instant.parse("2024-06-15T00:00:00Z");
    List<RawPage> read = publishAndRead(FileSource.of(List.of(pages.resolve("one.html").toString()),
        "http://www.kcna.kp/en/article/q/abc.kcmsf", captured, LIMIT));
    assertThat(read).singleElement().satisfies(p -> {
      assertThat(p.getAddress()).isEqualTo("http://www.kcna.kp/en/article/q/abc.kcmsf");
      assertThat(p.getCapturedAt()).isEqualTo(captured);
      assertThat(p.getCapturedAtSource()).isEqualTo("flag");
    });
  }

  @Test
  void globsSelectMatchingFilesOnly() throws Exception {
    Files.createDirectories(pages.resolve("x/y"));
    Files.writeString(pages.resolve("x/y/keep.html"), "k");
    Files.writeString(pages.resolve("x/y/skip.txt"), "s");
    FileSource source = FileSource.of(List.of(pages + "/**/*.html"), null, null, LIMIT);
    assertThat(source.size()).isEqualTo(1);
    assertThatThrownBy(() -> FileSource.of(List.of(pages + "/**/*.pdf"), null, null, LIMIT))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> FileSource.of(List.of(pages + "/missing.txt"), null, null, LIMIT))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void webArchiveResponsesArePublishedWithTheirCaptureTime() throws Exception {
    Path warc = pages.resolve("crawl.warc.gz");
    Instant when = Instant.parse("2019-12-10T05:00:00Z");
    try (var out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 13\r\n\r\n<p>Juche</p>\n")
          .getBytes(StandardCharsets.UTF_8);
      writer.write(new WarcResponse.Builder(URI.create("http://www.kcna.kp/en/article/q/1.kcmsf"))
          .date(when).body(MediaType.HTTP_RESPONSE, http).build());
      byte[] notFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.UTF_8);
      writer.write(new WarcResponse.Builder(URI.create("http://www.kcna.kp/missing")).date(when)
          .body(MediaType.HTTP_RESPONSE, notFound).build());
    }
    List<RawPage> read = publishAndRead(FileSource.of(List.of(warc.toString()), null, null, LIMIT));
    assertThat(read).singleElement().satisfies(p -> {
      assertThat(p.getAddress()).isEqualTo("http://www.kcna.kp/en/article/q/1.kcmsf");
      assertThat(p.getSource()).isEqualTo("warc");
      assertThat(p.getCapturedAt()).isEqualTo(when);
      assertThat(new String(bytes(p), StandardCharsets.UTF_8)).isEqualTo("<p>Juche</p>\n");
      assertThat(p.getContentType()).startsWith("text/html");
    });
  }

  @Test
  void rejectedInputsAreDeadLetteredWithTheirReasonAndABoundedExcerpt() throws Exception {
    Files.writeString(pages.resolve("good.txt"), "Pyongyang, December 4 (KCNA) -- news");
    byte[] big = new byte[KafkaSettings.MIN_MAX_PAGE_BYTES * 2];
    Arrays.fill(big, (byte) 'x');
    Files.write(pages.resolve("big.html"), big);
    Files.writeString(pages.resolve("junk.warc"), "not an archive");
    Files.createSymbolicLink(pages.resolve("passwd.html"), Path.of("/etc/passwd"));
    KafkaSettings settings = new KafkaSettings(kafka.bootstrapServers(), registry.url())
        .withMaxPageBytes(KafkaSettings.MIN_MAX_PAGE_BYTES);
    String rawName = "raw-" + UUID.randomUUID();
    String deadName = "dead-" + UUID.randomUUID();
    var raw = new Topic<>(rawName, topics.rawPages().keySerde(), topics.rawPages().valueSerde());
    var dead = new Topic<>(deadName, topics.deadLetters().keySerde(), topics.deadLetters().valueSerde());
    StringWriter lines = new StringWriter();
    IngestSummary summary;
    try (PagePublisher publisher = new PagePublisher(settings, raw, dead, CLOCK,
        Progress.to(new PrintWriter(lines, true)))) {
      summary = publisher.publish(FileSource.of(List.of(pages.toString()), null, null, settings.maxPageBytes()));
    }

    assertThat(summary.published()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(3);
    assertThat(summary.failed()).isZero();
    assertThat(lines.toString().lines().filter(l -> l.startsWith("ingest: " + pages))).hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("big.html", "over the 65,536-byte limit"))
        .anySatisfy(l -> assertThat(l).contains("junk.warc", "not a readable web archive"))
        .anySatisfy(l -> assertThat(l).contains("passwd.html", "out of the input tree"));
    List<DeadLetter> letters = readAll(dead, 3);
    assertThat(letters).allSatisfy(l -> {
      assertThat(l.getStage()).isEqualTo("ingest");
      assertThat(l.getSourceTopic()).isEqualTo(rawName);
      assertThat(l.getOriginalValue() == null ? 0 : l.getOriginalValue().remaining()).isLessThanOrEqualTo(Rejected.EXCERPT_BYTES);
    });
    var bigLetter = letters.stream().filter(l -> l.getAddress().endsWith("/big.html")).findFirst().orElseThrow();
    assertThat(bigLetter.getOriginalValue().remaining()).isEqualTo(Rejected.EXCERPT_BYTES);
    var passwd = letters.stream().filter(l -> l.getAddress().endsWith("/passwd.html")).findFirst().orElseThrow();
    assertThat(passwd.getOriginalValue()).isNull();
  }

  private <V> List<V> readAll(Topic<String, V> topic, int expected) {
    List<V> out = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      var partitions = consumer.partitionsFor(topic.name()).stream().map(p -> new TopicPartition(topic.name(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (out.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
      }
    }
    assertThat(out).hasSize(expected);
    return out;
  }

  private List<RawPage> publishAndRead(FileSource source) throws Exception {
    String topicName = "raw-" + UUID.randomUUID();
    var topic = new Topic<>(topicName, topics.rawPages().keySerde(), topics.rawPages().valueSerde());
    IngestSummary summary;
    try (PagePublisher publisher = new PagePublisher(new KafkaSettings(kafka.bootstrapServers(), registry.url()),
        topic, topics.deadLetters(), CLOCK, Progress.quiet())) {
      summary = publisher.publish(source);
    }
    assertThat(summary.failed()).isZero();
    List<RawPage> out = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
        topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
      var partitions = consumer.partitionsFor(topicName).stream().map(p -> new TopicPartition(topicName, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (out.size() < summary.published() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
          assertThat(r.key()).isEqualTo(r.value().getAddress());
          out.add(r.value());
        });
      }
    }
    assertThat(out).hasSize((int) summary.published());
    return out;
  }

  private static byte[] bytes(RawPage page) {
    var buffer = page.getContent().duplicate();
    byte[] b = new byte[buffer.remaining()];
    buffer.get(b);
    return b;
  }
}
