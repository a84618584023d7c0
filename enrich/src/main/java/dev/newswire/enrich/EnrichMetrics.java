package dev.newswire.enrich;

import dev.newswire.enrich.parse.PageParseException;
import dev.newswire.enrich.parse.UnrecognisedPageException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The enrich counters, in Prometheus as {@code newswire_pages_parsed_total},
 * {@code newswire_articles_emitted_total}, {@code newswire_teasers_emitted_total} and
 * {@code newswire_dead_letters_total{stage="enrich",reason}}. They count processing, not commits: a
 * page whose transaction is aborted (a rebalance, a crash) is counted again when it is processed again.
 */
final class EnrichMetrics {
  /** Dead-letter reasons: a short, bounded set, never the free text of the dead letter itself. */
  enum Reason {
    UNREADABLE("unreadable"), NO_VALUE("no_value"), UNRECOGNISED("unrecognised"), PARSE_FAILED("parse_failed"),
    PARSER_ERROR("parser_error");

    final String label;

    Reason(String label) {
      this.label = label;
    }

    static Reason of(Exception parseFailure) {
      if (parseFailure instanceof UnrecognisedPageException) {
        return UNRECOGNISED;
      }
      return parseFailure instanceof PageParseException ? PARSE_FAILED : PARSER_ERROR;
    }
  }

  private final Counter pagesParsed;
  private final Counter articles;
  private final Counter teasers;
  private final MeterRegistry registry;

  EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.pagesParsed = Counter.builder("newswire.pages.parsed").description("Raw pages parsed into events")
        .register(registry);
    this.articles = Counter.builder("newswire.articles.emitted").description("Article events emitted")
        .register(registry);
    this.teasers = Counter.builder("newswire.teasers.emitted").description("Teaser events emitted")
        .register(registry);
    // Every reason at zero from the start, so a rate over it is defined before the first dead letter.
    for (Reason r : Reason.values()) {
      deadLetters(r);
    }
  }

  void parsed(int articleEvents, int teaserEvents) {
    pagesParsed.increment();
    articles.increment(articleEvents);
    teasers.increment(teaserEvents);
  }

  void deadLettered(Reason reason) {
    deadLetters(reason).increment();
  }

  private Counter deadLetters(Reason reason) {
    return Counter.builder("newswire.dead.letters").description("Records sent to the dead-letter topic")
        .tag("stage", "enrich").tag("reason", reason.label).register(registry);
  }
}
