package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.schemas.BoundedDeadLetter;
import dev.newswire.schemas.BoundedDeadLetter.Origin;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.RawPage;
import dev.newswire.schemas.registry.RegistryException;
import java.nio.ByteBuffer;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Splits one raw page into article, teaser and page-parsed events. A page that cannot be read or
 * parsed becomes one dead letter with the reason and the original bytes; the stream goes on.
 */
final class PageSplitter implements Processor<String, byte[], String, Object> {
  private final PageParser parser;
  private final Topic<String, RawPage> rawPages;
  private final Clock clock;
  private final BoundedDeadLetter deadLetters;
  private final EnrichMetrics metrics;
  private ProcessorContext<String, Object> context;

  PageSplitter(PageParser parser, Topic<String, RawPage> rawPages, Clock clock, BoundedDeadLetter deadLetters,
      EnrichMetrics metrics) {
    this.parser = parser;
    this.rawPages = rawPages;
    this.clock = clock;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    RawPage page;
    try {
      page = rawPages.valueSerde().deserializer().deserialize(rawPages.name(), record.value());
    } catch (RuntimeException e) {
      if (RegistryException.isRegistryAway(e)) {
        // Not the page's fault: failing the task aborts its transaction, and the page is read again once the
        // registry answers. Dead-lettering it would lose a good page to a registry stall.
        throw e;
      }
      deadLetter(record, EnrichMetrics.Reason.UNREADABLE, "unreadable raw page: " + e.getMessage(), e);
      return;
    }
    if (page == null) {
      deadLetter(record, EnrichMetrics.Reason.NO_VALUE, "empty raw page record (no value)", null);
      return;
    }
    ParsedPage parsed;
    try {
      parsed = parser.parse(PageInput.captured(page.getAddress(), bytes(page.getContent()), page.getContentType(),
          page.getCapturedAt()));
    } catch (Exception e) {
      // A parser bug must not stop the stream either: the page waits in the dead-letter topic.
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      deadLetter(record, EnrichMetrics.Reason.of(e), reason, e);
      return;
    }
    EventMapper.PageEvents events = EventMapper.map(page.getAddress(), page.getCapturedAt(), parsed);
    // Keyed by capture, not item: the topic is compacted, and every capture must survive compaction.
    events.articles().forEach(a -> context.forward(record.withKey(a.getId()).withValue(a), PageOutput.ARTICLES.node));
    events.teasers().forEach(t -> context.forward(record.withKey(t.getId()).withValue(t), PageOutput.TEASERS.node));
    context.forward(record.withKey(page.getAddress()).withValue(events.summary()), PageOutput.PAGES_PARSED.node);
    metrics.parsed(events.articles().size(), events.teasers().size());
  }

  private void deadLetter(Record<String, byte[]> record, EnrichMetrics.Reason category, String reason, Throwable error) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    Origin origin = meta == null ? Origin.outsideKafka("unknown")
        : new Origin(meta.topic(), meta.partition(), meta.offset());
    DeadLetter letter = deadLetters.of("enrich", origin, reason, error, record.key(), record.key(), record.value(),
        clock.instant());
    context.forward(record.withValue(letter), PageOutput.DEAD_LETTERS.node);
    metrics.deadLettered(category);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer view = buffer.duplicate();
    byte[] out = new byte[view.remaining()];
    view.get(out);
    return out;
  }
}
