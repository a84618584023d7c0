package dev.newswire.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What may be read under an input the user gave. The rule: an input named on the command line is
 * taken as named (a link named there is followed, the user chose it); under a directory or a glob's
 * base, a symbolic link is followed only when it resolves inside that tree, and a link out of it is
 * refused. Special files (devices, FIFOs, sockets) and anything under /proc, /sys or /dev are never
 * opened, named or not: reading them can block forever, never end, or hand over the process's own
 * environment and its secrets.
 */
final class InputTree {
  private static final Set<String> SPECIAL_FILE_SYSTEMS = Set.of("proc", "sysfs", "devtmpfs", "devpts", "debugfs",
      "tracefs", "securityfs", "cgroup", "cgroup2", "configfs", "efivarfs", "bpf");
  private static final String SPECIAL = "a special file (under /proc, /sys or /dev): never read";
  private static final List<Path> SPECIAL_PLACES = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  /** A file to read, or one refused with the reason (refusal non-null). */
  record Entry(Path path, String refusal) {
    static Entry read(Path path) {
      return new Entry(path, null);
    }

    static Entry refused(Path path, String why) {
      return new Entry(path, why);
    }
  }

  private InputTree() {}

  /**
   * @param input what the user named: a file, a directory, a link, or a glob's base directory
   * @param filter which files under a directory count (a glob's pattern); null: all but hidden ones
   */
  static List<Entry> walk(Path input, Predicate<Path> filter) throws IOException {
    Path real;
    try {
      real = input.toRealPath();
    } catch (NoSuchFileException e) {
      return List.of(Entry.refused(input, "broken symbolic link (to " + Files.readSymbolicLink(input) + ")"));
    } catch (IOException e) {
      return List.of(Entry.refused(input, reason(e)));
    }
    if (isSpecialPlace(real)) {
      return List.of(Entry.refused(input, SPECIAL));
    }
    if (Files.isRegularFile(real)) {
      return List.of(Entry.read(input));
    }
    if (!Files.isDirectory(real)) {
      return List.of(Entry.refused(input, "not a regular file (a device, FIFO or socket): never read"));
    }
    // A directory named through a link is walked at its real place, so its links are judged there.
    Path start = Files.isSymbolicLink(input) ? real : input;
    List<Entry> entries = new ArrayList<>();
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.getFileName().toString().startsWith(".") || filter != null && !filter.test(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          entries.add(Entry.read(file));
        } else if (attrs.isSymbolicLink()) {
          Entry linked = followLink(file, real);
          if (linked != null) {
            entries.add(linked);
          }
        } else if (!attrs.isDirectory()) {
          entries.add(Entry.refused(file, "not a regular file (a device, FIFO or socket): never read"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (filter == null || filter.test(file)) {
          entries.add(Entry.refused(file, reason(e)));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  /** A link under the tree: the file it names when that is inside the tree; null for a directory. */
  private static Entry followLink(Path link, Path treeRoot) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      return Entry.refused(link, "broken symbolic link");
    }
    if (isSpecialPlace(target)) {
      return Entry.refused(link, "symbolic link to " + SPECIAL);
    }
    if (!target.startsWith(treeRoot)) {
      return Entry.refused(link, "symbolic link out of the input tree (to " + target + "): not followed");
    }
    if (Files.isRegularFile(target)) {
      return Entry.read(link);
    }
    // A directory inside the tree is walked anyway; walking it again through the link would repeat it.
    return Files.isDirectory(target) ? null
        : Entry.refused(link, "symbolic link to a file that is not a regular file: never read");
  }

  static boolean isSpecialPlace(Path real) {
    if (SPECIAL_PLACES.stream().anyMatch(real::startsWith)) {
      return true;
    }
    try {
      return SPECIAL_FILE_SYSTEMS.contains(Files.getFileStore(real).type());
    } catch (IOException e) {
      return false;
    }
  }

  /** The part of an I/O failure a user needs after the file's name: "permission denied", say. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.toLowerCase();
  }
}
