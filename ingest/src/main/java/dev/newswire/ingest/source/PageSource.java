package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import java.io.IOException;
import java.util.function.Consumer;

/** Something that yields pages: files, HTTP addresses, web archives. */
public interface PageSource {
  /** Hands every page to the consumer, one at a time, so large inputs are never held in memory. */
  void forEach(Consumer<CapturedPage> consumer) throws IOException;

  /** A human description for progress lines, e.g. "3 files". */
  String describe();
}
