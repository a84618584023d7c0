package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.Rejected;
import java.io.IOException;
import java.util.function.Consumer;

/** Something that yields pages: files, HTTP addresses, web archives. */
public interface PageSource {
  /**
   * Hands every page to {@code pages}, one at a time, so large inputs are never held in memory; an
   * input that cannot be taken goes to {@code rejected} and the others still follow.
   */
  void forEach(Consumer<CapturedPage> pages, Consumer<Rejected> rejected) throws IOException;

  /** A human description for progress lines, e.g. "3 files". */
  String describe();
}
