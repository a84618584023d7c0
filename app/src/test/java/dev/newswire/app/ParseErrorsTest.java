package dev.newswire.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem parse reports about a file names the file, on one line. */
class ParseErrorsTest {
  @TempDir Path dir;

  private String errorOf(String... args) {
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute(args)).isNotZero();
    return err.toString().strip();
  }

  @Test
  void anEmptyFileIsNamed() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.html"));
    assertThat(errorOf("parse", empty.toString())).doesNotContain("\n").contains(empty.toString(), "empty");
  }

  @Test
  void aPageOfNoKnownLayoutIsNamed() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.txt"), "just some words, no page at all");
    assertThat(errorOf("parse", junk.toString())).doesNotContain("\n").contains(junk.toString(), "layout");
  }

  @Test
  void aDanglingLinkAndAFifoAreNamed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("gone.html"), dir.resolve("nowhere.html"));
    assertThat(errorOf("parse", link.toString())).doesNotContain("\n").contains("gone.html");
    Path fifo = dir.resolve("pipe.html");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    assertThat(errorOf("parse", fifo.toString())).doesNotContain("\n").contains("pipe.html");
  }
}
