package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import dev.newswire.schemas.Topics;
import dev.newswire.schemas.avro.DeadLetter;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.sink.store.Store;
import dev.newswire.sink.store.StoreUnavailableException;
import dev.newswire.sink.store.StoredPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Knows when the pages of a run are in the store. Each parsed page announces how many articles and
 * teasers it yielded (the page-parsed topic); the page is done when the store holds exactly those
 * rows for it. A page that went to the dead-letter topic is done too, with its reason.
 */
final class CompletionWatch implements AutoCloseable {
  /** What became of one page: stored, or dead-lettered with a reason (null when neither, on a timeout). */
  record Outcome(String address, boolean stored, String deadLetterReason) {}

  /** A page's latest announcement: what the store must hold for it, and where it sits in the topic. */
  private record Announcement(PageRef page, int articles, int sightings, TopicPartition in, long at) {}

  /** Pages looked up in the store per sweep. */
  private static final int ASK_AT_MOST = 2000;
  /** At most five sweeps a second: polls return at once while records stream in, sweeps need not. */
  private static final long SWEEP_EVERY_NANOS = 200_000_000L;

  private final KafkaConsumer<String, byte[]> consumer;
  private final Topics topics;
  private final String sinkGroup;
  // Only open pages are held, and only what their check needs: a 200,000-page replay would otherwise keep
  // every page's announcement, teaser ids and all, to the end.
  private final Map<String, Announcement> announcements = new HashMap<>();
  private final Map<String, String> deadLetters = new HashMap<>();
  private final Set<TopicPartition> partitions;

  /** Starts from the current end of the topics: only what happens after this counts. */
  CompletionWatch(KafkaSettings kafka) {
    this(kafka, null);
  }

  /**
   * @param sinkGroup the sink whose stored position must also be past a page's announcement before the page
   *     counts as stored: a replay by the same parser finds the earlier rows already matching the counts, and
   *     only the sink's position tells that it has written this parse; null to go by the counts alone
   */
  CompletionWatch(KafkaSettings kafka, String sinkGroup) {
    this.topics = kafka.topics();
    this.sinkGroup = sinkGroup;
    Map<String, Object> config = kafka.consumerConfig();
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.PAGES_PARSED, Topics.DEAD_LETTERS)) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    this.partitions = partitions.stream().filter(p -> p.topic().equals(Topics.PAGES_PARSED)).collect(Collectors.toSet());
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Waits until every address is stored or dead-lettered; returns what became of each. */
  List<Outcome> await(Set<String> addresses, Store store, Duration timeout) throws InterruptedException {
    return await(addresses, store, timeout, StoreProgress.quiet());
  }

  /** As {@link #await(Set, Store, Duration)}, telling the progress how many pages are done as it goes. */
  List<Outcome> await(Set<String> addresses, Store store, Duration timeout, StoreProgress progress)
      throws InterruptedException {
    progress.start();
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> stored = new HashSet<>();
    // Kept apart so a sweep costs what is still open, not the whole run (200,000 pages in a replay).
    Set<String> pending = new LinkedHashSet<>(addresses);
    Set<String> announced = new LinkedHashSet<>();
    long lastSweep = System.nanoTime() - SWEEP_EVERY_NANOS;
    while (true) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.topic().equals(Topics.PAGES_PARSED)) {
          PageParsed page = topics.pagesParsed().valueSerde().deserializer().deserialize(record.topic(), record.value());
          String address = page.getPage().getAddress();
          if (pending.contains(address)) {
            announcements.put(address, new Announcement(page.getPage(), page.getArticleIds().size(),
                page.getTeaserIds().size(), partition(record.partition()), record.offset()));
            announced.add(address);
          }
        } else {
          DeadLetter letter = topics.deadLetters().valueSerde().deserializer().deserialize(record.topic(), record.value());
          if (letter.getAddress() != null) {
            deadLetters.put(letter.getAddress(), letter.getStage() + ": " + letter.getReason());
            pending.remove(letter.getAddress());
            announced.remove(letter.getAddress());
          }
        }
      }
      if (System.nanoTime() - lastSweep >= SWEEP_EVERY_NANOS) {
        lastSweep = System.nanoTime();
        for (String address : markStored(announced, store)) {
          stored.add(address);
          announced.remove(address);
          pending.remove(address);
          announcements.remove(address);
        }
      }
      // Announced pages are parsed and not yet stored; the done ones are stored or dead-lettered.
      long done = addresses.size() - pending.size();
      progress.update(done, done + announced.size(), addresses.size());
      if (pending.isEmpty()) {
        return addresses.stream().map(a -> new Outcome(a, stored.contains(a), deadLetters.get(a))).toList();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(pending.size() + " of " + addresses.size()
            + " pages not in the store after " + timeout.toSeconds() + " s (first: " + pending.iterator().next() + ")");
      }
    }
  }

  /**
   * Marks the pages whose announced parse the store now holds in full: one query per sweep, for the
   * earliest pages announced and not yet found (the sink stores them about in that order; asking for
   * all of a long backlog every sweep would load the store the sink is writing). A busy or
   * unreachable store is asked again at the next sweep; any other failure (a broken schema, say) ends
   * the wait at once.
   */
  private Set<String> markStored(Set<String> announced, Store store) {
    Set<String> stored = new HashSet<>();
    if (announced.isEmpty()) {
      return stored;
    }
    Map<String, StoredPage> found;
    try {
      // The sink's position first (one small query): only pages it has passed can be stored, so a sweep
      // while the sink is behind asks the store about none of the others.
      Map<TopicPartition, Long> sinkAt = sinkGroup == null ? Map.of() : store.offsets(sinkGroup, partitions);
      List<PageRef> asked = announced.stream().map(announcements::get)
          .filter(a -> sinkGroup == null || sinkAt.getOrDefault(a.in(), -1L) > a.at())
          .limit(ASK_AT_MOST).map(Announcement::page).toList();
      if (asked.isEmpty()) {
        return stored;
      }
      found = store.storedPages(asked);
    } catch (StoreUnavailableException e) {
      return stored;
    }
    found.forEach((address, page) -> {
      Announcement announcement = announcements.get(address);
      if (announcement != null && page.articles() == announcement.articles()
          && page.sightings() == announcement.sightings()) {
        stored.add(address);
      }
    });
    return stored;
  }

  /** The page-parsed partition, one instance each rather than one per open page. */
  private TopicPartition partition(int number) {
    for (TopicPartition p : partitions) {
      if (p.partition() == number) {
        return p;
      }
    }
    return new TopicPartition(Topics.PAGES_PARSED, number);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
