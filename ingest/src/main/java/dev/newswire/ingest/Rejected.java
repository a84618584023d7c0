package dev.newswire.ingest;

import java.util.Arrays;

/**
 * An input that is not published as a page: a file that cannot be read or may not be, a broken web
 * archive or record, a page over the size limit.
 *
 * @param origin what the user knows it by: a file's path, with the record's position in an archive
 * @param address the page's address where one is known, else the file's; the dead letter's key
 * @param reason one line saying why
 * @param excerpt the first bytes, where they could be read and may be; null otherwise
 */
public record Rejected(String origin, String address, String reason, byte[] excerpt) {
  /** How much of a rejected input is kept in its dead letter. */
  public static final int EXCERPT_BYTES = 4096;

  public Rejected {
    reason = reason.length() > 500 ? reason.substring(0, 500) + "…" : reason;
    if (excerpt != null && excerpt.length > EXCERPT_BYTES) {
      excerpt = Arrays.copyOf(excerpt, EXCERPT_BYTES);
    }
  }

  /** The line a user sees, naming the input. */
  public String describe() {
    // File names and archive targets are the input's own: no control characters reach the terminal.
    return (origin + ": " + reason).replaceAll("\\p{Cc}", "?");
  }
}
