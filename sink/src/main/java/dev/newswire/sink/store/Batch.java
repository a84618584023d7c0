package dev.newswire.sink.store;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.Teaser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Events to write in one transaction, with the offsets that move with them. Events keep the order
 * they were added in; records that could not even be read are carried as already rejected, so their
 * offsets still move in the same transaction.
 */
public final class Batch {
  private final List<Sourced<Article>> articles = new ArrayList<>();
  private final List<Sourced<Teaser>> teasers = new ArrayList<>();
  private final List<Sourced<PageParsed>> pagesParsed = new ArrayList<>();
  private final List<Rejected> unreadable = new ArrayList<>();
  private final Map<TopicPartition, OffsetMove> offsets = new LinkedHashMap<>();

  /** Adds an event read from a record; its strings lose any U+0000 (see {@link NulFree}). */
  public Batch add(Object event, Source source) {
    if (event instanceof IndexedRecord record) {
      NulFree.strip(record);
    }
    if (event instanceof Article a) {
      articles.add(new Sourced<>(a, source));
    } else if (event instanceof Teaser t) {
      teasers.add(new Sourced<>(t, source));
    } else if (event instanceof PageParsed p) {
      pagesParsed.add(new Sourced<>(p, source));
    } else {
      throw new IllegalArgumentException("not an event the sink stores: " + event);
    }
    return this;
  }

  public Batch reject(Source source, String reason, Throwable error) {
    unreadable.add(new Rejected(source, null, reason, error));
    return this;
  }

  public Batch moveOffset(TopicPartition partition, Long expected, long next) {
    offsets.put(partition, new OffsetMove(expected, next));
    return this;
  }

  public List<Sourced<Article>> articles() {
    return Collections.unmodifiableList(articles);
  }

  public List<Sourced<Teaser>> teasers() {
    return Collections.unmodifiableList(teasers);
  }

  public List<Sourced<PageParsed>> pagesParsed() {
    return Collections.unmodifiableList(pagesParsed);
  }

  public List<Rejected> unreadable() {
    return Collections.unmodifiableList(unreadable);
  }

  public Map<TopicPartition, OffsetMove> offsets() {
    return Collections.unmodifiableMap(offsets);
  }

  public int events() {
    return articles.size() + teasers.size() + pagesParsed.size();
  }

  public boolean isEmpty() {
    return events() == 0 && unreadable.isEmpty() && offsets.isEmpty();
  }

  /** Every event as a batch of its own, without offsets: to find which one the database refuses. */
  List<Single> singles() {
    List<Single> out = new ArrayList<>(events());
    pagesParsed.forEach(p -> out.add(single(p, p.event().getPage().getAddress())));
    articles.forEach(a -> out.add(single(a, a.event().getPage().getAddress())));
    teasers.forEach(t -> out.add(single(t, t.event().getPage().getAddress())));
    return out;
  }

  private static Single single(Sourced<?> event, String address) {
    return new Single(event.source(), address, new Batch().add(event.event(), event.source()));
  }

  record Single(Source source, String address, Batch batch) {}
}
