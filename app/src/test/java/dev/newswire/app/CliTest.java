package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: output, one-line errors, exit codes. */
class CliTest {
  static final Path SAMPLE = Path.of("../enrich/src/test/resources/samples/kcna-watch-2023-12-04.txt");
  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void parsePrintsTheSamplePageAsJson() throws Exception {
    Result r = run("parse", SAMPLE.toString());
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("articles")).hasSize(1);
    JsonNode article = json.get("articles").get(0);
    assertThat(article.get("published").asText()).isEqualTo("2023-12-04");
    assertThat(article.get("published_source").asText()).isEqualToIgnoringCase("footer");
    assertThat(article.get("dateline_place").asText()).isEqualTo("Pyongyang");
    assertThat(article.get("title").isNull()).isTrue();
    assertThat(article.get("body").asText().split("\n\n")).hasSize(7);
    assertThat(json.get("teasers")).hasSize(20);
    assertThat(json.get("warnings").isArray()).isTrue();
  }

  @Test
  void aMissingFileIsOneLineOnStderrAndANonZeroExit() {
    Result r = run("parse", dir.resolve("nope.html").toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").contains("nope.html");
  }

  @Test
  void anUnrecognisedPageIsOneLineAndANonZeroExit() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.txt"), "just some words, no page at all");
    Result r = run("parse", junk.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err().strip()).doesNotContain("\n").containsIgnoringCase("layout");
  }

  @Test
  void badArgumentsGetOneLineAndExitTwo() {
    Result unknown = run("parse", "--frobnicate", SAMPLE.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err().strip()).doesNotContain("\n").contains("--frobnicate");

    Result badDate = run("parse", SAMPLE.toString(), "--captured-at", "31/02/2024");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err().strip()).doesNotContain("\n").contains("31/02/2024");

    Result noCommand = run("frobnicate");
    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.err().strip()).doesNotContain("\n");
  }

  @Test
  void everyNumberAddressAndDateIsCheckedBeforeAnythingStarts() {
    String data = dir.resolve("data").toString();
    String[][] bad = {
        {"run", SAMPLE.toString(), "--data-dir", data, "--jdbc-url", "jdbc:nosuch:x"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--kafka-port", "70000"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--registry-port", "-1"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--timeout", "-1"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--timeout", "ten"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--url", "not an address"},
        {"run", SAMPLE.toString(), "--data-dir", data, "--captured-at", "+999999999-12-31T00:00:00Z"},
        {"search", "--data-dir", data, "--from", "+999999999-12-31"},
        {"search", "--data-dir", data, "--to", "2024-02-30"},
        {"search", "--data-dir", data, "--limit", "-1"},
        {"search", "--data-dir", data, "--limit", "0"},
        {"search", "--data-dir", data, "--limit", "99999999999"},
        {"ingest", SAMPLE.toString(), "--bootstrap-servers", "localhost:99999"},
        {"ingest", SAMPLE.toString(), "--bootstrap-servers", "localhost"},
        {"ingest", SAMPLE.toString(), "--registry-url", "ftp://x"},
        {"ingest", "--http", "file:///etc/passwd"},
        {"ingest", SAMPLE.toString(), "--partitions", "0"},
        {"enrich", "--replication-factor", "0"},
        {"sink", "--batch-size", "0"},
        {"sink", "--jdbc-url", "jdbc:postgresql://db/x?password=hunter2&x=nosuch", "--batch-size", "-5"},
        {"sink", "--jdbc-url", "jdbc:mysql://u:hunter2@db/x"},
        {"replay", "--since", "tomorrow"},
        {"bench-sink", "--pages", "-3"},
    };
    for (String[] args : bad) {
      Result r = run(args);
      assertThat(r.exit()).as(String.join(" ", args) + " -> " + r.err()).isEqualTo(2);
      assertThat(r.err().strip()).as(String.join(" ", args)).doesNotContain("\n", "\tat ", "hunter2").isNotEmpty();
      // Nothing was started: no data directory for a broker, a registry or a store.
      assertThat(dir.resolve("data")).doesNotExist();
    }
  }

  @Test
  void parseNamesTheFileItCannotTake() throws Exception {
    Result directory = run("parse", dir.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err().strip()).doesNotContain("\n").contains(dir.toString(), "is a directory");

    Result device = run("parse", "/dev/zero");
    assertThat(device.exit()).isEqualTo(1);
    assertThat(device.err().strip()).doesNotContain("\n").contains("/dev/zero", "never read");

    Path big = dir.resolve("big.html");
    try (var file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    Result tooBig = run("parse", big.toString());
    assertThat(tooBig.exit()).isEqualTo(1);
    assertThat(tooBig.err().strip()).doesNotContain("\n").contains("big.html", "3,221,225,472 bytes", "limit");
  }

  @Test
  void printableTextHasNoEscapeSequencesOrControlCharacters() {
    assertThat(Printable.of("\u001B]0;pwned\u0007Red \u001B[31mtitle\u001B[0m\r\nnext\u0000\u009B2J\u202Eevil"))
        .isEqualTo("Red title  nextevil");
    assertThat(Printable.of("Kim Jong Un visits a farm")).isEqualTo("Kim Jong Un visits a farm");
  }

  @Test
  void topicsListsEveryContract() {
    Result r = run("topics", "--schemas");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("newswire.pages.raw", "newswire.articles", "newswire.teasers",
        "newswire.pages.parsed", "newswire.dead-letters", "dev.newswire.schemas.avro.Article", "\"published_source\"");
  }
}
