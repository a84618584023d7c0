package dev.newswire.app;

import java.time.Instant;
import picocli.CommandLine.Option;

/** What the user knows about page files that the files do not say. */
final class PageOptions {
  @Option(names = "--url", paramLabel = "URL", converter = Arguments.PageAddress.class, description = "Original address of a single input file.")
  String url;

  @Option(names = "--captured-at", paramLabel = "DATE", converter = CaptureTimes.class,
      description = "When the copies were made: YYYY-MM-DD (Pyongyang) or an ISO instant.")
  Instant capturedAt;
}
