package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newswire.ingest.source.HttpSource;
import dev.newswire.schemas.KafkaSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching pages from a real HTTP server on loopback. */
class HttpSourceTest {
  HttpServer server;
  String base;

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/en/article/q/1.kcmsf", exchange -> {
      byte[] body = "<p>\uC870\uC120 page</p>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/endless", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 * 1024];
      try {
        // Until the client hangs up: a page with no end.
        while (true) {
          exchange.getResponseBody().write(chunk);
        }
      } catch (IOException hungUp) {
        exchange.close();
      }
    });
    server.createContext("/gone", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fetchedPagesKeepTheirBytesAddressAndFetchTime() throws Exception {
    Instant now = Instant.parse("2026-07-09T01:00:00Z");
    HttpSource source = new HttpSource(List.of(URI.create(base + "/gone"), URI.create(base + "/en/article/q/1.kcmsf")),
        Duration.ofSeconds(5), Clock.fixed(now, ZoneOffset.UTC), KafkaSettings.DEFAULT_MAX_PAGE_BYTES);
    List<CapturedPage> pages = new ArrayList<>();
    source.forEach(pages::add, r -> {
      throw new AssertionError(r.describe());
    });

    assertThat(pages).singleElement().satisfies(p -> {
      assertThat(p.address()).isEqualTo(base + "/en/article/q/1.kcmsf");
      assertThat(p.source()).isEqualTo("http");
      assertThat(p.capturedAt()).isEqualTo(now);
      assertThat(p.contentType()).isEqualTo("text/html; charset=utf-8");
      assertThat(new String(p.content(), StandardCharsets.UTF_8)).isEqualTo("<p>\uC870\uC120 page</p>");
    });
    assertThat(source.failures()).isEqualTo(1);
  }

  @Test
  void aBodyWithoutEndIsReadOnlyToTheLimitAndRejectedWithAnExcerpt() throws Exception {
    int limit = KafkaSettings.MIN_MAX_PAGE_BYTES;
    HttpSource source = new HttpSource(List.of(URI.create(base + "/endless"), URI.create(base + "/en/article/q/1.kcmsf")),
        Duration.ofSeconds(5), Clock.systemUTC(), limit);
    List<CapturedPage> pages = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    source.forEach(pages::add, rejected::add);

    assertThat(pages).singleElement().satisfies(p -> assertThat(p.address()).endsWith("/1.kcmsf"));
    assertThat(rejected).singleElement().satisfies(r -> {
      assertThat(r.address()).isEqualTo(base + "/endless");
      assertThat(r.reason()).contains("over the 65,536-byte limit");
      assertThat(r.excerpt()).hasSize(Rejected.EXCERPT_BYTES);
    });
  }
}
