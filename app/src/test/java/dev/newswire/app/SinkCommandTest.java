package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.sink.SinkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswire sink}, the sink's one entry point: its flags, environment variables and errors. */
class SinkCommandTest {
  @TempDir Path dir;

  @Test
  void flagsAndDefaults() {
    CommandLine cli = new CommandLine(new SinkCommand());
    cli.parseArgs("--bootstrap-servers", "k:9092", "--registry-url=http://r/apis/ccompat/v7", "--batch-size", "50",
        "--data-dir", "/var/news");
    SinkConfig c = ((SinkCommand) cli.getCommand()).config();

    assertThat(c.bootstrapServers()).isEqualTo("k:9092");
    assertThat(c.registryUrl()).isEqualTo("http://r/apis/ccompat/v7");
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("/var/news").resolve("newswire.db"));
    assertThat(c.groupId()).isEqualTo("newswire-sink");
    assertThat(c.batchSize()).isEqualTo(50);
    assertThat(c.pollTimeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void environmentVariablesGiveWhatFlagsDoNot() throws Exception {
    Path log = dir.resolve("sink.log");
    Process sink = Processes.newswire(log, Map.of("NEWSWIRE_BOOTSTRAP_SERVERS", "127.0.0.1:9", "NEWSWIRE_REGISTRY_URL", "http://127.0.0.1:9",
        "NEWSWIRE_DATA_DIR", dir.toString(), "NEWSWIRE_JDBC_PASSWORD", "s3cret", "NEWSWIRE_SINK_GROUP_ID", "theirs",
        "NEWSWIRE_SINK_BATCH_SIZE", "70"), "sink", "-v", "--group-id", "mine");
    try {
      Processes.waitFor(Duration.ofSeconds(60), () -> read(log).contains("sink started"));
    } finally {
      sink.destroy();
      sink.waitFor(30, TimeUnit.SECONDS);
    }
    String output = read(log);
    assertThat(output).contains("group mine", "store jdbc:sqlite:" + dir.resolve("newswire.db"), "batches of up to 70");
    assertThat(output).doesNotContain("s3cret");
  }

  @Test
  void badArgumentsAreRefusedWithAReason() {
    CliTest.Result notANumber = CliTest.run("sink", "--batch-size", "lots");
    assertThat(notANumber.exit()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--batch-size").contains("lots");
    CliTest.Result unknown = CliTest.run("sink", "--frobnicate");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--frobnicate");
    CliTest.Result noValue = CliTest.run("sink", "--group-id");
    assertThat(noValue.exit()).isEqualTo(2);
    assertThat(noValue.err()).contains("--group-id");
  }

  @Test
  void theHealthPortIsCheckedWithTheOtherArguments() {
    CommandLine cli = new CommandLine(new SinkCommand());
    cli.parseArgs("--health-port", "-1", "--health-host", "127.0.0.1");
    assertThat(((SinkCommand) cli.getCommand()).health.port).isEqualTo(-1);
    assertThat(((SinkCommand) cli.getCommand()).health.host).isEqualTo("127.0.0.1");
    for (String[] args : new String[][] {{"sink", "--health-port", "65536"}, {"enrich", "--health-port", "-2"},
        {"run", CliTest.SAMPLE.toString(), "--keep-running", "--health-port", "http"}}) {
      CliTest.Result r = CliTest.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().strip()).doesNotContain("\n").contains("--health-port");
    }
  }

  @Test
  void aBadArgumentEndsTheProcessWithOneLineAndANonZeroExit() throws Exception {
    Path log = dir.resolve("bad.log");
    Process p = Processes.newswire(log, Map.of(), "sink", "--bootstrap-servers", "127.0.0.1:9", "--registry-url", "http://127.0.0.1:9",
        "--batch-size", "0");
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = read(log).strip();

    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(output).doesNotContain("\n").contains("--batch-size");
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (Exception e) {
      return "";
    }
  }
}
