package dev.newswire.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedPageJson;
import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.source.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** parse and run read one file the same way: an HTML page named .txt is HTML to both. */
class ParseRouteTest {
  private static final Path HTML = Path.of("../enrich/src/test/resources/fixtures/kcna_kp_article/gregorian-footer.html");
  private static final Instant CAPTURED = Instant.parse("2025-12-14T03:00:00Z");
  @TempDir Path dir;

  private static String parseCommand(String... args) {
    StringWriter out = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute(args)).isZero();
    return out.toString().strip();
  }

  /** What run parses: the page ingest captures from the file, handed to the parser as enrich hands a raw page. */
  private static String runRoute(Path file, String url) throws Exception {
    List<CapturedPage> captured = new ArrayList<>();
    FileSource.of(List.of(file.toString()), url, CAPTURED, 8 << 20).forEach(captured::add, r -> {
      throw new AssertionError(r.describe());
    });
    CapturedPage page = captured.get(0);
    return ParsedPageJson.toJson(new PageParser().parse(
        PageInput.captured(page.address(), page.content(), page.contentType(), page.capturedAt())));
  }

  @Test
  void anHtmlPageNamedTxtParsesAsHtmlByBothRoutes() throws Exception {
    Path txt = Files.copy(HTML, dir.resolve("article.txt"));
    String parsed = parseCommand("parse", txt.toString(), "--captured-at", CAPTURED.toString(), "--compact");
    assertThat(parsed).isEqualTo(runRoute(txt, null));

    JsonNode article = new ObjectMapper().readTree(parsed).get("articles").get(0);
    assertThat(article.get("body").asText()).doesNotContain("<", "</p>", "<div");
    // Named .html, the same bytes give the same article.
    Path html = Files.copy(HTML, dir.resolve("article.html"));
    JsonNode asHtml = new ObjectMapper().readTree(parseCommand("parse", html.toString(), "--compact"))
        .get("articles").get(0);
    assertThat(article.get("body")).isEqualTo(asHtml.get("body"));
    assertThat(article.get("published")).isEqualTo(asHtml.get("published"));
  }

  @Test
  void theSameAddressAndCaptureTimeGiveTheSameResult() throws Exception {
    Path txt = Files.copy(HTML, dir.resolve("page.txt"));
    String url = "http://www.kcna.kp/en/article/q/0123456789abcdef.kcmsf";
    assertThat(parseCommand("parse", txt.toString(), "--url", url, "--captured-at", CAPTURED.toString(), "--compact"))
        .isEqualTo(runRoute(txt, url));
  }
}
