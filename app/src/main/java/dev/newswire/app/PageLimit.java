package dev.newswire.app;

import dev.newswire.schemas.KafkaSettings;
import picocli.CommandLine.Option;

/** The largest page newswire accepts; every producer, consumer and topic is sized from it. */
final class PageLimit {
  @Option(names = "--max-page-bytes", paramLabel = "SIZE", converter = Arguments.PageBytes.class,
      defaultValue = "${env:NEWSWIRE_MAX_PAGE_BYTES:-8MiB}",
      description = "Largest page accepted, e.g. 8MiB or 524288; larger ones go to the dead-letter topic with an "
          + "excerpt. Topics, producers and consumers are sized from it: give every service the same value "
          + "(env NEWSWIRE_MAX_PAGE_BYTES; default ${DEFAULT-VALUE}).")
  int maxPageBytes = KafkaSettings.DEFAULT_MAX_PAGE_BYTES;
}
