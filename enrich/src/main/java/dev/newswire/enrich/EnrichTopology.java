package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageParser;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;

/**
 * The enrich topology: raw pages in; articles, teasers, page summaries and dead letters out.
 * Built here from its dependencies, apart from {@code main}, so it can be tested without a broker.
 */
public final class EnrichTopology {
  static final String ARTICLES_SINK = "articles";
  static final String TEASERS_SINK = "teasers";
  static final String PAGES_PARSED_SINK = "pages-parsed";
  static final String DEAD_LETTERS_SINK = "dead-letters";

  private EnrichTopology() {}

  /** @param registry where the page, event and dead-letter counters go ({@link EnrichMetrics}) */
  public static Topology build(Topics topics, PageParser parser, Clock clock, MeterRegistry registry) {
    EnrichMetrics metrics = new EnrichMetrics(registry);
    Topology topology = new Topology();
    // Raw bytes in, so that a page which cannot even be decoded still reaches the dead-letter topic.
    topology.addSource("raw-pages", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        topics.rawPages().name());
    topology.addProcessor("split-page",
        () -> new PageSplitter(parser, topics.rawPages(), clock, metrics), "raw-pages");
    addSink(topology, ARTICLES_SINK, topics.articles());
    addSink(topology, TEASERS_SINK, topics.teasers());
    addSink(topology, PAGES_PARSED_SINK, topics.pagesParsed());
    addSink(topology, DEAD_LETTERS_SINK, topics.deadLetters());
    return topology;
  }

  @SuppressWarnings("unchecked")
  private static <V> void addSink(Topology topology, String name, Topic<String, V> topic) {
    topology.addSink(name, topic.name(), topic.keySerde().serializer(),
        (Serializer<Object>) topic.valueSerde().serializer(), "split-page");
  }
}
