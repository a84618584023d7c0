package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import java.io.IOException;
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
  private int failures;

  public HttpSource(List<URI> addresses, Duration timeout, Clock clock) {
    this.addresses = addresses;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  @Override
  public void forEach(Consumer<CapturedPage> consumer) throws IOException {
    for (URI address : addresses) {
      try {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(address)
            .header("User-Agent", "newswire/0.1 (news archive ingest)").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
          failures++;
          log.warn("{}: HTTP {}, skipped", address, response.statusCode());
          continue;
        }
        consumer.accept(new CapturedPage(response.uri().toString(), "http", clock.instant(), "http",
            response.headers().firstValue("Content-Type").orElse(null), response.body()));
      } catch (IOException e) {
        failures++;
        log.warn("{}: {}, skipped", address, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + address, e);
      }
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
