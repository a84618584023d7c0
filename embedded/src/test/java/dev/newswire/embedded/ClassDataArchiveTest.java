package dev.newswire.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  @TempDir
  Path dir;

  @Test
  void aChildRecordsTheArchiveOnceAndTheNextOneMapsIt() throws Exception {
    Path jar = probeJar();
    ClassDataArchive first = ClassDataArchive.beside(jar, "probe-classes");
    assertThat(first.options()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
    assertThat(run(first.options(), jar)).isZero();
    first.childExited(true);
    assertThat(first.archive()).isRegularFile();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".recording"));
    }

    ClassDataArchive second = ClassDataArchive.beside(jar, "probe-classes");
    assertThat(second.options()).containsExactly("-XX:SharedArchiveFile=" + first.archive());
    // -Xshare:on makes a JVM that cannot map the archive refuse to start.
    List<String> strict = new ArrayList<>(second.options());
    strict.add("-Xshare:on");
    assertThat(run(strict, jar)).isZero();
  }

  @Test
  void aRecordingOfAChildThatDidNotExitNormallyIsNotKept() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "not really a jar");
    ClassDataArchive archive = ClassDataArchive.beside(jar, "app-classes");
    Path recording = Path.of(archive.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
    Files.writeString(recording, "half an archive");
    archive.childExited(false);
    assertThat(recording).doesNotExist();
    assertThat(archive.archive()).doesNotExist();
  }

  @Test
  void anArchiveOlderThanItsJarIsRecordedAgain() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "classes");
    ClassDataArchive archive = ClassDataArchive.beside(jar, "app-classes");
    Files.writeString(archive.archive(), "an archive");
    Files.setLastModifiedTime(archive.archive(), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    assertThat(archive.options()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
  }

  @Test
  void twoChildrenStartedAtOnceRecordUnderNamesOfTheirOwn() throws Exception {
    Path jar = Files.writeString(dir.resolve("app.jar"), "classes");
    assertThat(ClassDataArchive.beside(jar, "app-classes").options())
        .doesNotContainAnyElementsOf(ClassDataArchive.beside(jar, "app-classes").options());
  }

  /** A jar whose main class is {@link Probe}, copied from the test classes. */
  private Path probeJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    Path jar = dir.resolve("probe.jar");
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
        InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
      jarOut.putNextEntry(new JarEntry(entry));
      in.transferTo(jarOut);
      jarOut.closeEntry();
    }
    return jar;
  }

  private int run(List<String> options, Path jar) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  /** The child: loads a few classes and exits. */
  public static final class Probe {
    public static void main(String[] args) {
      System.out.println(List.of(args).size() + String.join(",", new java.util.TreeSet<>(List.of("a", "b"))));
    }
  }
}
