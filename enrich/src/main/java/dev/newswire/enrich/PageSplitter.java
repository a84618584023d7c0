package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.schemas.Topic;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.RawPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
  private ProcessorContext<String, Object> context;

  PageSplitter(PageParser parser, Topic<String, RawPage> rawPages, Clock clock) {
    this.parser = parser;
    this.rawPages = rawPages;
    this.clock = clock;
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
      deadLetter(record, "unreadable raw page: " + e.getMessage(), e);
      return;
    }
    if (page == null) {
      deadLetter(record, "empty raw page record (no value)", null);
      return;
    }
    ParsedPage parsed;
    try {
      parsed = parser.parse(PageInput.captured(page.getAddress(), bytes(page.getContent()), page.getContentType(),
          page.getCapturedAt()));
    } catch (Exception e) {
      // A parser bug must not stop the stream either: the page waits in the dead-letter topic.
      deadLetter(record, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
      return;
    }
    EventMapper.PageEvents events = EventMapper.map(page.getAddress(), page.getCapturedAt(), parsed);
    // Keyed by capture, not item: the topic is compacted, and every capture must survive compaction.
    events.articles().forEach(a -> context.forward(record.withKey(a.getId()).withValue(a), EnrichTopology.ARTICLES_SINK));
    events.teasers().forEach(t -> context.forward(record.withKey(t.getId()).withValue(t), EnrichTopology.TEASERS_SINK));
    context.forward(record.withKey(page.getAddress()).withValue(events.summary()), EnrichTopology.PAGES_PARSED_SINK);
  }

  private void deadLetter(Record<String, byte[]> record, String reason, Throwable error) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    DeadLetter letter = DeadLetter.newBuilder()
        .setStage("enrich")
        .setReason(reason)
        .setErrorClass(error == null ? null : error.getClass().getName())
        .setAddress(record.key())
        .setSourceTopic(meta == null ? "unknown" : meta.topic())
        .setSourcePartition(meta == null ? -1 : meta.partition())
        .setSourceOffset(meta == null ? -1 : meta.offset())
        .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
        .setOriginalValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
        .setFailedAt(clock.instant())
        .build();
    context.forward(record.withValue(letter), EnrichTopology.DEAD_LETTERS_SINK);
  }

  private static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer view = buffer.duplicate();
    byte[] out = new byte[view.remaining()];
    view.get(out);
    return out;
  }
}
