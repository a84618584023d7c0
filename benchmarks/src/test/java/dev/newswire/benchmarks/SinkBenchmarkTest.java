package dev.newswire.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.testkit.TestSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark still runs and reports what it wrote; its figures are not judged here. */
class SinkBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void sqliteRunReportsEveryRowWritten() throws Exception {
    List<String> lines = run("jdbc:sqlite:" + dir.resolve("bench.db"), "60");
    // 60 pages (and their parses), 60 articles and their 60 captures, the 20 teasers of the pool, 600 sightings.
    assertThat(lines).anySatisfy(l -> assertThat(columns(l)).startsWith("sqlite", "sink", "path").contains("720", "860"));
  }

  @Test
  void postgresRunComparesWithCopyOfTheSameRows() throws Exception {
    List<String> lines = run(TestSchema.SERVER + "?user=" + TestSchema.USER, "60", "100");
    assertThat(lines).anySatisfy(l -> assertThat(columns(l)).startsWith("postgresql", "sink", "path").contains("860"));
    assertThat(lines).anySatisfy(l -> assertThat(columns(l)).startsWith("postgresql", "COPY").contains("860"));
  }

  private static List<String> columns(String line) {
    return Arrays.asList(line.trim().split("\\s+"));
  }

  private static List<String> run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      SinkBenchmark.main(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
