package dev.newswire.schemas;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.avro.Teaser;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.schemas.serde.AvroSerde;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline: its name, key type and value serde. Built from a registry client, so
 * it carries no global state; every service and test builds its own.
 */
public final class Topics {
  /** Raw pages, unchanged, keyed by page address. */
  public static final String RAW_PAGES = "newswire.pages.raw";
  /**
   * One event per article found on a page (a capture of a news item), keyed by the capture (page
   * address and position), not by the item: the topic is compacted, and each capture of an item must
   * survive it. The item id is in the value.
   */
  public static final String ARTICLES = "newswire.articles";
  /** One event per distinct teaser on a page (a sighting), keyed by teaser id. */
  public static final String TEASERS = "newswire.teasers";
  /** One event per parsed page listing what the parse produced, keyed by page address. */
  public static final String PAGES_PARSED = "newswire.pages.parsed";
  /** Pages or rows that could not be processed, with the reason and the original bytes. */
  public static final String DEAD_LETTERS = "newswire.dead-letters";

  /** Every topic's name, in the order data flows through them. */
  public static final List<String> NAMES = List.of(RAW_PAGES, ARTICLES, TEASERS, PAGES_PARSED, DEAD_LETTERS);

  /** Dead letters are kept a year: long enough to look into a bad batch and replay it after a fix. */
  public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(365);

  private final Topic<String, RawPage> rawPages;
  private final Topic<String, Article> articles;
  private final Topic<String, Teaser> teasers;
  private final Topic<String, PageParsed> pagesParsed;
  private final Topic<String, DeadLetter> deadLetters;

  public Topics(SchemaRegistryClient registry) {
    rawPages = new Topic<>(RAW_PAGES, Serdes.String(), AvroSerde.forValues(registry, RawPage.class));
    articles = new Topic<>(ARTICLES, Serdes.String(), AvroSerde.forValues(registry, Article.class));
    teasers = new Topic<>(TEASERS, Serdes.String(), AvroSerde.forValues(registry, Teaser.class));
    pagesParsed = new Topic<>(PAGES_PARSED, Serdes.String(), AvroSerde.forValues(registry, PageParsed.class));
    deadLetters = new Topic<>(DEAD_LETTERS, Serdes.String(), AvroSerde.forValues(registry, DeadLetter.class));
  }

  /**
   * The settings each topic is created with and kept at: the raw pages forever (the archive a replay
   * parses again), articles, teasers and page summaries compacted by their key (a new subscriber reading
   * from the start gets the current state), dead letters for {@link #DEAD_LETTER_RETENTION}. Every
   * topic takes records up to the settings' largest message.
   */
  public static Map<String, String> config(String topic, KafkaSettings kafka) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("max.message.bytes", Integer.toString(kafka.maxMessageBytes()));
    switch (topic) {
      case RAW_PAGES -> {
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", "-1");
        config.put("retention.bytes", "-1");
      }
      case ARTICLES, TEASERS, PAGES_PARSED -> config.put("cleanup.policy", "compact");
      case DEAD_LETTERS -> {
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
        config.put("retention.bytes", "-1");
      }
      default -> throw new IllegalArgumentException("not a newswire topic: " + topic);
    }
    return config;
  }

  public Topic<String, RawPage> rawPages() {
    return rawPages;
  }

  public Topic<String, Article> articles() {
    return articles;
  }

  public Topic<String, Teaser> teasers() {
    return teasers;
  }

  public Topic<String, PageParsed> pagesParsed() {
    return pagesParsed;
  }

  public Topic<String, DeadLetter> deadLetters() {
    return deadLetters;
  }

  public List<Topic<String, ?>> all() {
    return List.of(rawPages, articles, teasers, pagesParsed, deadLetters);
  }
}
