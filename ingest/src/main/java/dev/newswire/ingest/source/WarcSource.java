package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Pages from a web archive (WARC, plain or gzipped): every successful HTML or text response or
 * resource record, addressed by its target URI and captured at the record's WARC-Date.
 *
 * <p>A record that cannot be taken (no target, a bad WARC-Date, over the size limit) is rejected and
 * the next one read. Where the archive itself breaks (not a WARC, a truncated record, a bad length,
 * not gzip) the rest of the file is rejected; the pages before the break are kept. Bodies are read
 * only up to the size limit.
 */
public final class WarcSource implements PageSource {
  private final Path file;
  private final int maxPageBytes;

  public WarcSource(Path file, int maxPageBytes) {
    this.file = file;
    this.maxPageBytes = maxPageBytes;
  }

  @Override
  public void forEach(Consumer<CapturedPage> pages, Consumer<Rejected> rejected) throws IOException {
    int records = 0;
    WarcReader reader;
    try {
      reader = new WarcReader(file);
    } catch (IOException | RuntimeException e) {
      rejected.accept(broken("not a readable web archive", e));
      return;
    }
    try (reader) {
      reader.onWarning(warning -> {});
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          rejected.accept(broken(records == 0 ? "not a readable web archive"
              : "not a readable web archive after record " + records, e));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        records++;
        Taken taken;
        try {
          taken = take(next.get(), records);
        } catch (IOException e) {
          // A record cut short or longer than its file: nothing after it can be found.
          rejected.accept(broken("record " + records + " is cut short", e));
          return;
        }
        if (taken.page() != null) {
          pages.accept(taken.page());
        } else if (taken.rejected() != null) {
          rejected.accept(taken.rejected());
        }
      }
    }
  }

  /** The rest of the file, from where the archive stops making sense; the pages before it are kept. */
  private Rejected broken(String where, Exception e) {
    return new Rejected(file.toString(), fileAddress(), where + ": " + message(e), excerptOfFile());
  }

  /** A page, a rejection, or neither (a record that is not a page: a request, a 404, an image). */
  private record Taken(CapturedPage page, Rejected rejected) {
    static final Taken NOTHING = new Taken(null, null);
  }

  private Taken take(WarcRecord record, int index) throws IOException {
    if (!(record instanceof WarcTargetRecord target)) {
      return Taken.NOTHING;
    }
    String origin = file + " record " + index;
    String address = fileAddress();
    byte[] excerpt = null;
    try {
      String contentType;
      MessageBody body;
      if (record instanceof WarcResponse response) {
        HttpResponse http = response.http();
        if (http.status() / 100 != 2 || !isPage(http.contentType())) {
          return Taken.NOTHING;
        }
        contentType = http.contentType().toString();
        body = http.body();
      } else if (record instanceof WarcResource resource) {
        MediaType type = resource.payload().map(p -> p.type()).orElse(MediaType.OCTET_STREAM);
        if (!isPage(type)) {
          return Taken.NOTHING;
        }
        contentType = type.toString();
        body = resource.payload().get().body();
      } else {
        return Taken.NOTHING;
      }
      String targetUri = target.target();
      if (targetUri == null || targetUri.isBlank()) {
        return rejected(origin, address, "record has no WARC-Target-URI", body.stream().readNBytes(Rejected.EXCERPT_BYTES));
      }
      address = targetUri;
      origin = origin + " (" + targetUri + ")";
      byte[] content = body.stream().readNBytes(maxPageBytes + 1);
      excerpt = content;
      if (content.length > maxPageBytes) {
        return rejected(origin, address, String.format("page over the %,d-byte limit (--max-page-bytes); "
            + "dead-lettered with its first %d bytes", maxPageBytes, Rejected.EXCERPT_BYTES), content);
      }
      Instant captured;
      try {
        captured = target.date();
      } catch (DateTimeException e) {
        return rejected(origin, address, "record " + index + ": bad WARC-Date: " + message(e), content);
      }
      return new Taken(new CapturedPage(address, "warc", captured, "warc", contentType, content), null);
    } catch (RuntimeException e) {
      return rejected(origin, address, "record " + index + ": " + message(e), excerpt);
    }
  }

  private static Taken rejected(String origin, String address, String reason, byte[] excerpt) {
    return new Taken(null, new Rejected(origin, address, reason, excerpt));
  }

  private String fileAddress() {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  private byte[] excerptOfFile() {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Rejected.EXCERPT_BYTES);
    } catch (IOException e) {
      return null;
    }
  }

  private static String message(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message);
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
