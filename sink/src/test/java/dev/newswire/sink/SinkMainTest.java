package dev.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkMainTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void flagsAndDefaults() {
    SinkConfig c = SinkMain.parse(new String[] {"--bootstrap-servers", "k:9092", "--registry-url=http://r/apis/ccompat/v7",
        "--batch-size", "50", "--data-dir", "/var/news"}, NO_ENV);

    assertThat(c.bootstrapServers()).isEqualTo("k:9092");
    assertThat(c.registryUrl()).isEqualTo("http://r/apis/ccompat/v7");
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("/var/news").resolve("newswire.db"));
    assertThat(c.groupId()).isEqualTo("newswire-sink");
    assertThat(c.batchSize()).isEqualTo(50);
    assertThat(c.pollTimeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void environmentVariablesGiveWhatFlagsDoNot() {
    SinkConfig c = SinkMain.parse(new String[] {"--group-id", "mine"}, Map.of(
        "NEWSWIRE_BOOTSTRAP_SERVERS", "k:9092", "NEWSWIRE_REGISTRY_URL", "http://r",
        "NEWSWIRE_JDBC_URL", "jdbc:postgresql://db/news", "NEWSWIRE_JDBC_PASSWORD", "s3cret",
        "NEWSWIRE_GROUP_ID", "theirs"));

    assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db/news");
    assertThat(c.jdbcPassword()).isEqualTo("s3cret");
    assertThat(c.groupId()).isEqualTo("mine");
    assertThat(c.toString()).doesNotContain("s3cret");
  }

  @Test
  void badArgumentsAreRefusedWithAReason() {
    assertThatThrownBy(() -> SinkMain.parse(new String[] {"--registry-url", "http://r"}, NO_ENV))
        .hasMessageContaining("--bootstrap-servers");
    assertThatThrownBy(() -> SinkMain.parse(new String[] {"--bootstrap-servers", "k", "--registry-url", "r",
        "--batch-size", "lots"}, NO_ENV)).hasMessageContaining("--batch-size").hasMessageContaining("lots");
    assertThatThrownBy(() -> SinkMain.parse(new String[] {"--verbose"}, NO_ENV)).hasMessageContaining("--verbose");
    assertThatThrownBy(() -> SinkMain.parse(new String[] {"--group-id"}, NO_ENV)).hasMessageContaining("needs a value");
  }

  @Test
  void aBadArgumentEndsTheProcessWithOneLineAndANonZeroExit() throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", classpath, SinkMain.class.getName(),
        "--bootstrap-servers", "127.0.0.1:9", "--registry-url", "http://127.0.0.1:9", "--batch-size", "0")
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("NEWSWIRE_"));
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes()).strip();

    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(output).doesNotContain("\n").contains("--batch-size");
  }
}
