package dev.newswire.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data archive (AppCDS) for a child JVM started from a jar: the classes it loads while it starts,
 * mapped from one file instead of read, parsed and verified from the jars every time. A start without a
 * usable archive records one, written when the child exits; the starts after it use it.
 *
 * <p>The archive lies beside the jar, named for the JVM that made it (an archive only fits the build of
 * HotSpot that wrote it). A child records under a name of its own, moved into place once it has exited
 * normally, so two children started at once never write one file and none maps a half-written one.
 */
final class ClassDataArchive {
  private final Path jar;
  private final Path archive;
  private final Path recording;

  private ClassDataArchive(Path jar, Path archive, Path recording) {
    this.jar = jar;
    this.archive = archive;
    this.recording = recording;
  }

  /** The archive for children of this JVM started from {@code jar}. */
  static ClassDataArchive beside(Path jar, String name) {
    String jvm = (Runtime.version() + "-" + Integer.toHexString(System.getProperty("java.home").hashCode()))
        .replaceAll("[^A-Za-z0-9.-]", "_");
    Path archive = jar.toAbsolutePath().resolveSibling(name + "-" + jvm + ".jsa");
    Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Long.toHexString(System.nanoTime()) + ".recording");
    return new ClassDataArchive(jar, archive, recording);
  }

  /** The child's JVM options: use the archive, else record it (none where the jar's folder is read-only). */
  List<String> options() {
    if (usable()) {
      return List.of("-XX:SharedArchiveFile=" + archive);
    }
    if (!Files.isWritable(archive.getParent())) {
      return List.of();
    }
    return List.of("-XX:ArchiveClassesAtExit=" + recording);
  }

  /**
   * After the child has exited: a recording it finished becomes the archive; one it may not have finished
   * (the child killed) is deleted.
   */
  void childExited(boolean normally) {
    if (!Files.exists(recording)) {
      // The child used the archive, or never got as far as writing one.
      return;
    }
    try {
      if (normally && Files.size(recording) > 0) {
        Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      // Not moved: the next start records again.
    } finally {
      try {
        Files.deleteIfExists(recording);
      } catch (IOException ignored) {
        // A stray recording only takes space; it is never mapped.
      }
    }
  }

  /** An archive older than the jar was made from other classes: HotSpot would refuse it, so record anew. */
  private boolean usable() {
    try {
      return Files.isRegularFile(archive)
          && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  Path archive() {
    return archive;
  }
}
