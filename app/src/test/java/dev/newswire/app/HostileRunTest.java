package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.testkit.GeneratedPages;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code run} over 20 good pages mixed with one input of each hostile kind ingest must survive,
 * in a JVM with a small heap: every good page stored, every hostile input refused or dead-lettered
 * with a line naming it, exit 4, no stack trace.
 */
class HostileRunTest {
  static final String TARGET = "http://www.kcna.kp/en/article/q/hostile.kcmsf";
  @TempDir Path dir;

  @Test
  void goodPagesAreStoredAndEveryHostileInputIsReportedByName() throws Exception {
    Path pages = dir.resolve("pages");
    new GeneratedPages(20).writeTo(pages);
    String good = warcRecord("2019-12-10T05:00:00Z", "<p>Pyongyang, December 10 (KCNA) -- text</p>");
    Files.writeString(pages.resolve("not-a-warc.warc"), "plain words, no archive\n".repeat(300));
    Files.writeString(pages.resolve("truncated.warc"), good.substring(0, good.length() - 30), StandardCharsets.ISO_8859_1);
    Files.writeString(pages.resolve("negative-length.warc"), good.replaceFirst("Content-Length: \\d+", "Content-Length: -7"));
    Files.writeString(pages.resolve("huge-length.warc"), good.replaceFirst("Content-Length: \\d+", "Content-Length: 9999999999999"));
    Files.writeString(pages.resolve("bad-date.warc"), warcRecord("31/02/2019 noon", "<p>dated nowhere</p>"));
    Files.writeString(pages.resolve("not-gzip.warc.gz"), "this was never gzipped\n".repeat(300));
    Files.writeString(pages.resolve("one-long-line.txt"), "x".repeat(3 << 20));
    try (RandomAccessFile sparse = new RandomAccessFile(pages.resolve("three-gigabytes.html").toFile(), "rw")) {
      sparse.setLength(3L << 30);
    }
    Files.createSymbolicLink(pages.resolve("environ.txt"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(pages.resolve("passwd.html"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(pages.resolve("zero.html"), Path.of("/dev/zero"));
    Files.createSymbolicLink(pages.resolve("urandom.txt"), Path.of("/dev/urandom"));
    assertThat(new ProcessBuilder("mkfifo", pages.resolve("fifo.html").toString()).start().waitFor()).isZero();
    List<String> hostile = List.of("not-a-warc.warc", "truncated.warc", "negative-length.warc", "huge-length.warc",
        "bad-date.warc", "not-gzip.warc.gz", "one-long-line.txt", "three-gigabytes.html", "environ.txt", "passwd.html",
        "zero.html", "urandom.txt", "fifo.html");

    Path log = dir.resolve("run.log");
    Process run = Processes.newswire(log, List.of("-Xmx160m", "-XX:+ExitOnOutOfMemoryError"),
        "run", pages.toString(), "--data-dir", dir.resolve("data").toString(), "--max-page-bytes", "1MiB",
        "--kafka-port", "0", "--registry-port", "0");
    assertThat(run.waitFor(300, TimeUnit.SECONDS)).as("run finished").isTrue();
    String output = Files.readString(log);
    System.out.println(output);

    assertThat(run.exitValue()).as(output).isEqualTo(4);
    assertThat(output).doesNotContain("\tat ", "Exception in thread", "OutOfMemoryError", "root:x:0:0");
    for (String name : hostile) {
      assertThat(output.lines().filter(l -> l.startsWith("ingest: " + pages.resolve(name))))
          .as(name + " in\n" + output).hasSize(1);
    }
    assertThat(output).contains("13 inputs rejected", " 20 parsed");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/newswire.db"));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT page_address) FROM articles")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(20);
      assertThat(rs.getInt(2)).isEqualTo(20);
    }
  }

  /** One WARC response record written out by hand, so its fields can be broken one at a time. */
  static String warcRecord(String date, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length()
        + "\r\n\r\n" + html;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + TARGET + "\r\nWARC-Date: " + date
        + "\r\nWARC-Record-ID: <urn:uuid:6c1f3d1e-2f0e-4f59-9d2e-0c1f6a1e8b11>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
        + http + "\r\n\r\n";
  }
}
