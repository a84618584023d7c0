package dev.newswire.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * One KCNA news item (December 13, 2025) captured three times: a KCNA Watch copy (header a day late,
 * no footer), the kcna.kp original (a title in other case, names in markup) and a KCNA Watch copy cut
 * mid-body under another address, with glued leader names. The pages are in this package's resources.
 */
public final class OneItem {
  /** One capture: where it was, its bytes, its content type and when it was made. */
  public record Capture(String address, byte[] content, String contentType, Instant capturedAt) {}

  public static final Capture KCNA_WATCH = capture("https://kcnawatch.org/newstream/1765700000-100/greetings/",
      "kcnawatch-copy.txt", "text/plain; charset=utf-8", "2025-12-15T03:00:00Z");
  public static final Capture KCNA_KP = capture("http://www.kcna.kp/en/article/q/5f0ac9d4.kcmsf",
      "kcna-kp.html", "text/html; charset=utf-8", "2025-12-13T09:00:00Z");
  public static final Capture TRUNCATED = capture("https://kcnawatch.org/newstream/1766200000-200/greetings-cut/",
      "kcnawatch-truncated.txt", "text/plain; charset=utf-8", "2025-12-20T03:00:00Z");

  /** The longest capture's body, as every capture's parser should give it. */
  public static final String FULL_BODY_END = "It also extended warm greetings to the Vietnamese people.";

  private OneItem() {}

  public static List<Capture> all() {
    return List.of(KCNA_WATCH, KCNA_KP, TRUNCATED);
  }

  private static Capture capture(String address, String resource, String contentType, String capturedAt) {
    try (InputStream in = OneItem.class.getResourceAsStream("item/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test page item/" + resource);
      }
      return new Capture(address, in.readAllBytes(), contentType, Instant.parse(capturedAt));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
