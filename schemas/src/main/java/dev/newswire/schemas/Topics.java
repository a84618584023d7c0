package dev.newswire.schemas;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.avro.Teaser;
import dev.newswire.schemas.registry.SchemaRegistryClient;
import dev.newswire.schemas.serde.AvroSerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline: its name, key type and value serde. Built from a registry client, so
 * it carries no global state; every service and test builds its own.
 */
public final class Topics {
  /** Raw pages, unchanged, keyed by page address. */
  public static final String RAW_PAGES = "newswire.pages.raw";
  /** One event per article found on a page, keyed by article id. */
  public static final String ARTICLES = "newswire.articles";
  /** One event per distinct teaser on a page (a sighting), keyed by teaser id. */
  public static final String TEASERS = "newswire.teasers";
  /** One event per parsed page listing what the parse produced, keyed by page address. */
  public static final String PAGES_PARSED = "newswire.pages.parsed";
  /** Pages or rows that could not be processed, with the reason and the original bytes. */
  public static final String DEAD_LETTERS = "newswire.dead-letters";

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
