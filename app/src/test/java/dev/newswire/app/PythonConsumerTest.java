package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.testkit.GeneratedPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another consumer than ours: Confluent's own Python client (Debian's python3-confluent-kafka) decodes
 * every record of every topic of a run through the registry ({@code scripts/read-topics.py}). Skipped with
 * the reason where the client is not installed, except on CI or with NEWSWIRE_REQUIRE_PYTHON_CLIENT=true,
 * where that is a failure ({@code scripts/containers install} installs it).
 */
class PythonConsumerTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Path SCRIPT = Path.of("../scripts/read-topics.py");
  private static final Pattern RUNNING = Pattern.compile("running: bootstrap servers (\\S+), schema registry ([^\\s,;]+)");

  @TempDir Path dir;

  @Test
  void confluentsPythonClientDecodesEveryRecordOfEveryTopic() throws Exception {
    requirePythonClient();
    GeneratedPages generated = new GeneratedPages(50);
    Path pages = dir.resolve("pages");
    generated.writeTo(pages);
    Files.writeString(pages.resolve("broken.txt"), "this is not a news page of any layout");
    Path log = dir.resolve("run.log");
    Process run = Processes.newswire(log, "run", pages.toString(), "--data-dir", dir.resolve("data").toString(),
        "--kafka-port", "0", "--registry-port", "0", "--keep-running");
    try {
      Processes.waitFor(Duration.ofSeconds(240), () -> RUNNING.matcher(read(log)).find() || !run.isAlive());
      Matcher running = RUNNING.matcher(read(log));
      assertThat(running.find()).as(read(log)).isTrue();

      Process python = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), running.group(1), running.group(2))
          .redirectErrorStream(true).start();
      assertThat(python.waitFor(300, TimeUnit.SECONDS)).as("read-topics.py finished").isTrue();
      String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(python.exitValue()).as(out).isZero();

      JsonNode decoded = new ObjectMapper().readTree(out);
      JsonNode records = decoded.get("records");
      assertThat(records.get("newswire.pages.raw").asLong()).isEqualTo(51);
      assertThat(records.get("newswire.articles").asLong()).isEqualTo(50);
      assertThat(records.get("newswire.teasers").asLong()).isEqualTo(generated.sightings());
      assertThat(records.get("newswire.pages.parsed").asLong()).isEqualTo(50);
      assertThat(records.get("newswire.dead-letters").asLong()).isEqualTo(1);
      assertThat(decoded.get("distinct_teaser_ids").asLong()).isEqualTo(generated.distinctTeasers());
      assertThat(decoded.get("keys_match_ids").asBoolean()).isTrue();
      assertThat(decoded.get("dead_letter_stages").toString()).isEqualTo("[\"enrich\"]");
      assertThat(decoded.get("published_sources").toString()).isEqualTo("[\"FOOTER\"]");
    } finally {
      run.destroy();
      if (!run.waitFor(30, TimeUnit.SECONDS)) {
        run.destroyForcibly();
      }
    }
  }

  private static void requirePythonClient() throws IOException, InterruptedException {
    boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
        || "true".equalsIgnoreCase(System.getenv("NEWSWIRE_REQUIRE_PYTHON_CLIENT"));
    String missing = null;
    if (!Files.isExecutable(PYTHON)) {
      missing = PYTHON + " not found";
    } else {
      Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import confluent_kafka, avro, requests")
          .redirectErrorStream(true).start();
      String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (check.waitFor() != 0) {
        missing = "Confluent's Python client is not installed (" + out.strip() + ")";
      }
    }
    if (missing != null) {
      assertThat(required).as("%s; CI needs it (scripts/containers install)", missing).isFalse();
      System.err.println("PythonConsumerTest skipped: " + missing);
      Assumptions.abort(missing + "; skipped (scripts/containers install installs it)");
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "";
    }
  }
}
