package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.testkit.GeneratedPages;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code run} over 20 good pages mixed with pages that are hostile to the parser rather than to ingest:
 * garbage that must never be stored as news, a page that would backtrack a careless pattern for minutes,
 * and pages with a trap that must be read right (a far-future footer, one bad byte in UTF-8, HTML named
 * {@code .txt}). Every good page is stored, each garbage page is dead-lettered by name, each trap page is
 * stored as it should be read, and the run exits 4 without a stack trace.
 */
class HostilePagesRunTest {
  @TempDir Path dir;

  @Test
  void goodPagesAndTrapPagesAreStoredRightAndGarbageIsDeadLettered() throws Exception {
    Path pages = dir.resolve("pages");
    GeneratedPages generated = new GeneratedPages(23);
    Files.createDirectories(pages);
    for (int i = 0; i < 20; i++) {
      Files.writeString(pages.resolve(String.format("page-%05d.txt", i)), generated.page(i), StandardCharsets.UTF_8);
    }
    List<String> garbage = List.of("footer-only.txt", "furniture-only.txt", "binary.html", "empty-lines.txt");
    Files.writeString(pages.resolve("footer-only.txt"), "www.kcna.kp (Juche112.12.4.)\n");
    Files.writeString(pages.resolve("furniture-only.txt"),
        "Share Button\nRead original version at source\nMore From KCNA.kp (En)\nMore Articles\n");
    byte[] noise = new byte[20_000];
    new Random(11).nextBytes(noise);
    Files.write(pages.resolve("binary.html"), noise);
    Files.writeString(pages.resolve("empty-lines.txt"), "\n".repeat(100_000) + "Pyongyang");

    // A footer a thousand years off: kept among the dates, never chosen.
    Files.writeString(pages.resolve("far-future.txt"),
        generated.page(20).replaceFirst("Juche\\d+\\.", "Juche8088."), StandardCharsets.UTF_8);
    // One invalid byte in a UTF-8 page must not turn it into windows-1252 mojibake.
    String quoted = generated.page(21).replaceFirst("\\(KCNA\\) -- ", "(KCNA) -- Workers’ ");
    ByteArrayOutputStream badByte = new ByteArrayOutputStream();
    byte[] text = quoted.getBytes(StandardCharsets.UTF_8);
    int middle = quoted.indexOf("Workers’") + 300;
    badByte.write(text, 0, middle);
    badByte.write(0xFF);
    badByte.write(text, middle, text.length - middle);
    Files.write(pages.resolve("bad-byte.txt"), badByte.toByteArray());
    // A kcna.kp article page saved under a .txt name is still HTML.
    Files.copy(Path.of("../enrich/src/test/resources/fixtures/kcna_kp_article/gregorian-footer.html"),
        pages.resolve("html-named.txt"));

    Path log = dir.resolve("run.log");
    Process run = Processes.newswire(log, List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
        "run", pages.toString(), "--data-dir", dir.resolve("data").toString(), "--kafka-port", "0",
        "--registry-port", "0");
    assertThat(run.waitFor(300, TimeUnit.SECONDS)).as("run finished").isTrue();
    String output = Files.readString(log);
    System.out.println(output);

    assertThat(run.exitValue()).as(output).isEqualTo(4);
    assertThat(output).doesNotContain("\tat ", "Exception in thread", "OutOfMemoryError");
    assertThat(output).contains("27 pages ingested, 23 parsed, 4 dead-lettered");
    for (String name : garbage) {
      assertThat(output.lines().filter(l -> l.contains("dead letter:") && l.contains(name)))
          .as(name + " in\n" + output).hasSize(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/newswire.db"));
         Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT COUNT(*) FROM articles")).isEqualTo(23);
      assertThat(count(s, "SELECT COUNT(*) FROM articles WHERE published >= '2900-01-01'")).isZero();
      assertThat(text(s, "SELECT body FROM articles WHERE page_address LIKE '%bad-byte.txt'"))
          .contains("Workers’").doesNotContain("â€™");
      assertThat(text(s, "SELECT body FROM articles WHERE page_address LIKE '%html-named.txt'"))
          .isNotBlank().doesNotContain("<p", "<div", "</");
      for (String name : garbage) {
        assertThat(count(s, "SELECT COUNT(*) FROM articles WHERE page_address LIKE '%" + name + "'")).isZero();
      }
    }
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String text(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }
}
