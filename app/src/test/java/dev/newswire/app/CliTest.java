package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
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
  void topicsListsEveryContract() {
    Result r = run("topics", "--schemas");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("newswire.pages.raw", "newswire.articles", "newswire.teasers",
        "newswire.pages.parsed", "newswire.dead-letters", "dev.newswire.schemas.avro.Article", "\"published_source\"");
  }
}
