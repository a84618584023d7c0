package dev.newswire.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.Rejected;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Inputs a careless or hostile user hands to ingest, generated here: every one is rejected with a
 * line naming it, every good page beside it still comes through, and nothing is read past the limit.
 */
class HostileInputsTest {
  static final int LIMIT = 64 << 10;
  static final String PAGE = "Pyongyang, December 4 (KCNA) -- A page of news.\n";
  @TempDir Path dir;

  record Read(List<CapturedPage> pages, List<Rejected> rejected) {
    Rejected only(String nameFragment) {
      List<Rejected> matching = rejected.stream().filter(r -> r.origin().contains(nameFragment)).toList();
      assertThat(matching).as("rejections of " + nameFragment + " among " + rejected).hasSize(1);
      return matching.get(0);
    }
  }

  static Read read(String... inputs) throws IOException {
    List<CapturedPage> pages = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    FileSource.of(List.of(inputs), null, null, LIMIT).forEach(pages::add, rejected::add);
    return new Read(pages, rejected);
  }

  @Test
  void brokenWebArchivesAreRejectedOneByOneAndTheGoodPagesBesideThemKept() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("good.txt"), PAGE);
    byte[] good = warc("http://www.kcna.kp/en/article/q/1.kcmsf", "<p>one</p>");
    Files.writeString(pages.resolve("not-a-warc.warc"), "just some words, not an archive\n".repeat(500));
    Files.write(pages.resolve("truncated.warc"), Arrays.copyOf(good, good.length - 20));
    Files.write(pages.resolve("negative-length.warc"), withContentLength(good, "-5"));
    Files.write(pages.resolve("huge-length.warc"), withContentLength(good, "99999999999999"));
    Files.write(pages.resolve("bad-date.warc"), new String(good, StandardCharsets.ISO_8859_1)
        .replaceFirst("WARC-Date: [^\r]*", "WARC-Date: the day before yesterday").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(pages.resolve("not-gzip.warc.gz"), "plain text, not gzip\n".repeat(50));
    Files.write(pages.resolve("truncated-gzip.warc.gz"), Arrays.copyOf(gzip(good), 40));
    Files.write(pages.resolve("fine.warc"), good);

    Read read = read(pages.toString());

    assertThat(read.pages()).extracting(CapturedPage::address)
        .containsExactlyInAnyOrder(pages.resolve("good.txt").toAbsolutePath().toUri().toString(),
            "http://www.kcna.kp/en/article/q/1.kcmsf");
    for (String broken : List.of("not-a-warc.warc", "truncated.warc", "negative-length.warc", "huge-length.warc",
        "bad-date.warc", "not-gzip.warc.gz", "truncated-gzip.warc.gz")) {
      Rejected r = read.only(broken);
      assertThat(r.describe()).as(broken).startsWith(pages.resolve(broken).toString()).doesNotContain("\n");
      assertThat(r.reason()).as(broken).isNotBlank().hasSizeLessThanOrEqualTo(501);
    }
    // Where the bytes are there, the dead letter gets a bounded excerpt of them.
    assertThat(read.only("not-a-warc.warc").excerpt()).hasSize(Rejected.EXCERPT_BYTES);
    assertThat(read.only("bad-date.warc").excerpt()).isEqualTo("<p>one</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(read.only("bad-date.warc").address()).isEqualTo("http://www.kcna.kp/en/article/q/1.kcmsf");
    assertThat(read.rejected()).hasSize(7);
  }

  @Test
  void pagesOverTheLimitAreRejectedWithAnExcerptWhateverTheirSize() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.write(pages.resolve("at-limit.html"), filled(LIMIT));
    // Growing sizes, the largest a sparse 3 GiB file that takes no disk and must not be read whole.
    long[] sizes = {LIMIT + 1, 4L * LIMIT, 50L << 20, 3L << 30};
    for (long size : sizes) {
      try (RandomAccessFile file = new RandomAccessFile(pages.resolve("over-" + size + ".html").toFile(), "rw")) {
        file.write(filled(8192));
        file.setLength(size);
      }
    }
    byte[] oneLongLine = filled(LIMIT * 3);
    Files.write(pages.resolve("one-long-line.txt"), oneLongLine);

    Read read = read(pages.toString());

    assertThat(read.pages()).singleElement().satisfies(p -> assertThat(p.content()).hasSize(LIMIT));
    assertThat(read.rejected()).hasSize(sizes.length + 1).allSatisfy(r -> {
      assertThat(r.reason()).contains("over the 65,536-byte limit");
      assertThat(r.excerpt()).hasSize(Rejected.EXCERPT_BYTES);
    });
    assertThat(read.only("over-3221225472").reason()).contains("3,221,225,472 bytes");
  }

  @Test
  void aWebArchiveRecordOverTheLimitIsRejectedAndTheRecordsAroundItKept() throws Exception {
    Path archive = dir.resolve("crawl.warc.gz");
    try (var out = Files.newByteChannel(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      writer.write(response("http://www.kcna.kp/a", "<p>a</p>".getBytes(StandardCharsets.UTF_8)));
      writer.write(response("http://www.kcna.kp/big", filled(LIMIT * 20)));
      writer.write(response("http://www.kcna.kp/b", "<p>b</p>".getBytes(StandardCharsets.UTF_8)));
    }

    Read read = read(archive.toString());

    assertThat(read.pages()).extracting(CapturedPage::address).containsExactly("http://www.kcna.kp/a", "http://www.kcna.kp/b");
    Rejected big = read.only("http://www.kcna.kp/big");
    assertThat(big.address()).isEqualTo("http://www.kcna.kp/big");
    assertThat(big.reason()).contains("over the 65,536-byte limit");
    assertThat(big.excerpt()).hasSize(Rejected.EXCERPT_BYTES);
  }

  @Test
  void linksOutOfTheTreeAndSpecialFilesAreNeverRead() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(tree.resolve("real.txt"), PAGE);
    Files.createDirectories(tree.resolve("sub"));
    Files.createSymbolicLink(tree.resolve("inside.txt"), tree.resolve("real.txt"));
    Files.createSymbolicLink(tree.resolve("sub-again"), tree.resolve("sub"));
    Files.createSymbolicLink(tree.resolve("environ.txt"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(tree.resolve("passwd.html"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(tree.resolve("zero.html"), Path.of("/dev/zero"));
    Files.createSymbolicLink(tree.resolve("random.txt"), Path.of("/dev/urandom"));
    Files.writeString(dir.resolve("outside.txt"), "a secret beside the tree");
    Files.createSymbolicLink(tree.resolve("outside.txt"), Path.of("../outside.txt"));
    Files.createSymbolicLink(tree.resolve("dangling.txt"), tree.resolve("gone.txt"));
    Files.createSymbolicLink(tree.resolve("etc"), Path.of("/etc"));
    Process fifo = new ProcessBuilder("mkfifo", tree.resolve("pipe.html").toString()).start();
    assertThat(fifo.waitFor()).isZero();

    Read read = read(tree.toString());

    assertThat(read.pages()).extracting(p -> Path.of(URI.create(p.address())).getFileName().toString())
        .containsExactlyInAnyOrder("real.txt", "inside.txt");
    assertThat(read.pages()).allSatisfy(p -> assertThat(new String(p.content(), StandardCharsets.UTF_8)).isEqualTo(PAGE));
    for (String refused : List.of("environ.txt", "passwd.html", "zero.html", "random.txt", "outside.txt", "dangling.txt",
        "etc", "pipe.html")) {
      Rejected r = read.only(refused);
      assertThat(r.excerpt()).as(refused).isNull();
      assertThat(r.describe()).as(refused).startsWith(tree.resolve(refused).toString());
    }
    assertThat(read.only("passwd.html").reason()).contains("out of the input tree");
    assertThat(read.only("environ.txt").reason()).contains("never read");
    assertThat(read.only("pipe.html").reason()).contains("never read");
    assertThat(read.rejected()).hasSize(8);
  }

  @Test
  void specialFilesNamedOnTheCommandLineAreRefusedToo() throws Exception {
    Read read = read("/dev/zero", "/proc/self/environ", "/dev/urandom");
    assertThat(read.pages()).isEmpty();
    assertThat(read.rejected()).hasSize(3).allSatisfy(r -> {
      assertThat(r.reason()).contains("never read");
      assertThat(r.excerpt()).isNull();
    });
  }

  @Test
  void aFileThatCannotBeReadIsRejectedByNameAndTheOthersRead() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), PAGE);
    Files.writeString(pages.resolve("b.txt"), PAGE);
    FileSource source = FileSource.of(List.of(pages.toString()), null, null, LIMIT);
    Files.delete(pages.resolve("a.txt"));
    List<CapturedPage> read = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();

    source.forEach(read::add, rejected::add);

    assertThat(read).singleElement().satisfies(p -> assertThat(p.address()).endsWith("/b.txt"));
    assertThat(rejected).singleElement().satisfies(r -> assertThat(r.describe())
        .isEqualTo(pages.resolve("a.txt") + ": no such file"));
  }

  static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    return bytes;
  }

  static WarcResponse response(String target, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(URI.create(target)).date(Instant.parse("2019-12-10T05:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, http).build();
  }

  static byte[] warc(String target, String html) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      writer.write(response(target, html.getBytes(StandardCharsets.UTF_8)));
    }
    return out.toByteArray();
  }

  static byte[] withContentLength(byte[] warc, String length) {
    // The record's own Content-Length, the first one, before the HTTP message's.
    return new String(warc, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: \\d+", "Content-Length: " + length)
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
