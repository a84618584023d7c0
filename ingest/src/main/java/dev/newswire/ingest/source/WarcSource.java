package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Pages from a web archive (WARC, plain or gzipped): every successful HTML or text response or
 * resource record, addressed by its target URI and captured at the record's WARC-Date.
 */
public final class WarcSource implements PageSource {
  private final Path file;

  public WarcSource(Path file) {
    this.file = file;
  }

  @Override
  public void forEach(Consumer<CapturedPage> consumer) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          HttpResponse http = response.http();
          if (http.status() / 100 != 2 || !isPage(http.contentType())) {
            continue;
          }
          consumer.accept(new CapturedPage(response.target(), "warc", response.date(), "warc",
              http.contentType().toString(), http.body().stream().readAllBytes()));
        } else if (record instanceof WarcResource resource && isPage(resource.payload().map(p -> p.type()).orElse(MediaType.OCTET_STREAM))) {
          consumer.accept(new CapturedPage(resource.target(), "warc", resource.date(), "warc",
              resource.payload().get().type().toString(), resource.payload().get().body().stream().readAllBytes()));
        }
      }
    }
  }

  private static boolean isPage(MediaType type) {
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("text/plain") || base.equals("application/xhtml+xml");
  }

  @Override
  public String describe() {
    return "web archive " + file.getFileName();
  }
}
