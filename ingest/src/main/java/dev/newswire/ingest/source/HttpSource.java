package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages fetched over HTTP(S), captured at the moment of the fetch. A failed fetch is logged and
 * counted; the other addresses are still fetched.
 */
public final class HttpSource implements PageSource {
  private static final Logger log = LoggerFactory.getLogger(HttpSource.class);

  private final List<URI> addresses;
  private final HttpClient http;
  private final Clock clock;
  private final int maxPageBytes;
  private int failures;

  public HttpSource(List<URI> addresses, Duration timeout, Clock clock, int maxPageBytes) {
    this.addresses = addresses;
    this.maxPageBytes = maxPageBytes;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  @Override
  public void forEach(Consumer<CapturedPage> pages, Consumer<Rejected> rejected) throws IOException {
    for (URI address : addresses) {
      CapturedPage page;
      try {
        page = fetch(address, rejected);
      } catch (IOException e) {
        failures++;
        log.warn("{}: {}, skipped", address, e.getMessage());
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + address, e);
      }
      if (page != null) {
        pages.accept(page);
      }
    }
  }

  /** The page, or null when it is not one (an error status, a body over the limit). */
  private CapturedPage fetch(URI address, Consumer<Rejected> rejected) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(address)
        .header("User-Agent", "newswire/0.1 (news archive ingest)").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() / 100 != 2) {
        failures++;
        log.warn("{}: HTTP {}, skipped", address, response.statusCode());
        return null;
      }
      // Never more than the limit in memory, whatever the server sends or claims.
      byte[] content = body.readNBytes(maxPageBytes + 1);
      if (content.length > maxPageBytes) {
        rejected.accept(new Rejected(address.toString(), response.uri().toString(), String.format(
            "page over the %,d-byte limit (--max-page-bytes); dead-lettered with its first %d bytes",
            maxPageBytes, Rejected.EXCERPT_BYTES), content));
        return null;
      }
      return new CapturedPage(response.uri().toString(), "http", clock.instant(), "http",
          response.headers().firstValue("Content-Type").orElse(null), content);
    }
  }

  public int failures() {
    return failures;
  }

  @Override
  public String describe() {
    return addresses.size() + " addresses";
  }
}
