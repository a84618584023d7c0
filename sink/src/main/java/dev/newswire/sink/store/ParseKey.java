package dev.newswire.sink.store;

import dev.newswire.schemas.avro.PageRef;

/** Identifies one parse of a page: the parser and the capture it read. */
final class ParseKey {
  private ParseKey() {}

  static String of(PageRef page) {
    return page.getParserVersion() + "@" + (page.getCapturedAt() == null ? "" : page.getCapturedAt().toEpochMilli());
  }
}
