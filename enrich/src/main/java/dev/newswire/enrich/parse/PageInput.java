package dev.newswire.enrich.parse;

import java.time.LocalDate;

/**
 * One fetched page as handed to the parser.
 *
 * @param address     where the page was fetched from, or null when unknown
 * @param content     the raw bytes as fetched (not yet decoded)
 * @param contentType the HTTP content type, possibly with a charset parameter, or null
 * @param captureDate the day the page was captured, already in the Pyongyang calendar, or null
 */
public record PageInput(String address, byte[] content, String contentType, LocalDate captureDate) {
  public PageInput {
    if (content == null) {
      throw new IllegalArgumentException("content must not be null");
    }
  }
}
