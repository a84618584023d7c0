package dev.newswire.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launchers as a user starts them, {@code ./newswire} and the distribution's {@code bin/newswire}, on the JDK
 * that runs the tests and on every other JDK 17 or later installed beside it: the sample page's run stores its
 * article and says only what the pipeline says. A JDK 24 or later warns about sqlite-jdbc's native library and
 * Kafka's {@code sun.misc.Unsafe} calls unless told to allow them, and JDK 25's ahead-of-time cache prints
 * notices of its own, so this is where a launcher that forgets a JVM's options shows.
 */
class LauncherTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path SAMPLE = ROOT.resolve("enrich/src/test/resources/samples/kcna-watch-2023-12-04.txt");
  private static final Pattern FEATURE = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  static Stream<Path> jdks() throws IOException {
    Set<Path> homes = new LinkedHashSet<>();
    homes.add(Path.of(System.getProperty("java.home")).toRealPath());
    Path installed = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(installed)) {
      try (Stream<Path> dirs = Files.list(installed)) {
        for (Path dir : dirs.sorted().toList()) {
          if (Files.isExecutable(dir.resolve("bin/java")) && feature(dir) >= 17) {
            homes.add(dir.toRealPath());
          }
        }
      }
    }
    return homes.stream();
  }

  @ParameterizedTest(name = "./newswire on {0}")
  @MethodSource("jdks")
  void sourceTreeLauncherIsQuietOnFirstAndLaterRuns(Path javaHome, @TempDir Path data) throws Exception {
    int feature = feature(javaHome);
    Path archive = ROOT.resolve("app/target/newswire-classes-" + feature + (feature >= 25 ? ".aot" : ".jsa"));
    // The first run of a build is the one that writes the archive (or cache), and prints most.
    Files.deleteIfExists(archive);

    assertQuietRunOfTheSample(javaHome, ROOT.resolve("newswire"), data.resolve("first"));
    assertThat(archive).as("the class archive the first run leaves").isNotEmptyFile();
    assertQuietRunOfTheSample(javaHome, ROOT.resolve("newswire"), data.resolve("second"));
  }

  @ParameterizedTest(name = "bin/newswire on {0}")
  @MethodSource("jdks")
  void distributionLauncherIsQuiet(Path javaHome, @TempDir Path data) throws Exception {
    Path launcher;
    try (Stream<Path> dirs = Files.list(ROOT.resolve("app/target"))) {
      launcher = dirs.map(dir -> dir.resolve("bin/newswire")).filter(Files::isExecutable).findFirst()
          .orElseThrow(() -> new AssertionError("no distribution under app/target: build the app module first"));
    }
    assertQuietRunOfTheSample(javaHome, launcher, data.resolve("run"));
  }

  private static void assertQuietRunOfTheSample(Path javaHome, Path launcher, Path data) throws Exception {
    List<String> command = List.of(launcher.toString(), "run", SAMPLE.toString(), "--data-dir", data.toString(),
        "--kafka-port", "0", "--registry-port", "0");
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().remove("NEWSWIRE_JAVA_OPTS");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("run finished").isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("newswire: 1 page ingested, 1 parsed, 0 dead-lettered")
        .contains("2023-12-04 (footer)  Pyongyang").contains("teasers stored: 20");
    List<String> strangers = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!(line.startsWith("newswire: ") || line.startsWith("ingest: ") || line.startsWith("  "))) {
        strangers.add(line);
      }
    }
    assertThat(strangers).as("lines that are not the pipeline's own, in:%n%s", output).isEmpty();
  }

  private static int feature(Path javaHome) throws IOException {
    Path release = javaHome.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    Matcher matcher = FEATURE.matcher(Files.readString(release, StandardCharsets.UTF_8));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }
}
