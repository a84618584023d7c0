package dev.newswire.enrich.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One fetched page as handed to the parser.
 *
 * @param address     where the page was fetched from, or null when unknown
 * @param content     the raw bytes as fetched (not yet decoded)
 * @param contentType the HTTP content type, possibly with a charset parameter, or null
 * @param captureDate the day the page was captured, already in the Pyongyang calendar, or null
 */
public record PageInput(String address, byte[] content, String contentType, LocalDate captureDate) {
  /** Dates on these pages are Pyongyang calendar dates; capture instants are read in that zone. */
  private static final ZoneId PYONGYANG = ZoneId.of("Asia/Pyongyang");

  /**
   * A page as ingest captured it: the one way both {@code run} (a raw page from the topic) and {@code parse} (a
   * file read as ingest reads it) hand a page to the parser, so the same capture parses the same.
   *
   * @param capturedAt when the copy was made, or null; its day is taken in Pyongyang
   */
  public static PageInput captured(String address, byte[] content, String contentType, Instant capturedAt) {
    return new PageInput(address, content, contentType, capturedAt == null ? null : capturedAt.atZone(PYONGYANG).toLocalDate());
  }

  public PageInput {
    if (content == null) {
      throw new IllegalArgumentException("content must not be null");
    }
  }
}
