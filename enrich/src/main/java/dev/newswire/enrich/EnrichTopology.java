package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageParser;
import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.KafkaSettings;
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
  private EnrichTopology() {}

  /** The topology for topics sized for the default page limit. */
  public static Topology build(Topics topics, PageParser parser, Clock clock, MeterRegistry registry) {
    return build(topics, parser, clock, BoundedDeadLetter.forPageLimit(KafkaSettings.DEFAULT_MAX_PAGE_BYTES), registry);
  }

  /**
   * @param deadLetters the bounds of the dead letters, from the topics' record size
   * @param registry where the page, event and dead-letter counters go ({@link EnrichMetrics})
   */
  public static Topology build(Topics topics, PageParser parser, Clock clock, BoundedDeadLetter deadLetters,
      MeterRegistry registry) {
    EnrichMetrics metrics = new EnrichMetrics(registry);
    Topology topology = new Topology();
    // Raw bytes in, so that a page which cannot even be decoded still reaches the dead-letter topic.
    topology.addSource("raw-pages", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        topics.rawPages().name());
    topology.addProcessor("split-page",
        () -> new PageSplitter(parser, topics.rawPages(), clock, deadLetters, metrics), "raw-pages");
    addSink(topology, PageOutput.ARTICLES, topics.articles());
    addSink(topology, PageOutput.TEASERS, topics.teasers());
    addSink(topology, PageOutput.PAGES_PARSED, topics.pagesParsed());
    addSink(topology, PageOutput.DEAD_LETTERS, topics.deadLetters());
    return topology;
  }

  @SuppressWarnings("unchecked")
  private static <V> void addSink(Topology topology, PageOutput output, Topic<String, V> topic) {
    topology.addSink(output.node, topic.name(), topic.keySerde().serializer(),
        (Serializer<Object>) topic.valueSerde().serializer(), "split-page");
  }
}
