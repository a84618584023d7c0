package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Page files: a file, a directory (walked recursively) or a glob such as {@code pages/**.html}.
 * Files ending in .warc or .warc.gz are web archives and go through {@link WarcSource}.
 *
 * <p>A file's modification time says when it was copied to disk, not when the page was captured,
 * so it is never used as the capture time; only an explicit one is.
 */
public final class FileSource implements PageSource {
  private final List<Path> files;
  private final String addressOverride;
  private final Instant capturedAt;

  private FileSource(List<Path> files, String addressOverride, Instant capturedAt) {
    this.files = files;
    this.addressOverride = addressOverride;
    this.capturedAt = capturedAt;
  }

  /**
   * @param inputs files, directories or globs
   * @param addressOverride the original URL of the page, allowed only with a single file
   * @param capturedAt the capture time given by the user, or null
   */
  public static FileSource of(List<String> inputs, String addressOverride, Instant capturedAt) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String input : inputs) {
      files.addAll(expand(input));
    }
    if (addressOverride != null && files.size() != 1) {
      throw new IllegalArgumentException("--url names one page, but the input holds " + files.size() + " files");
    }
    return new FileSource(files, addressOverride, capturedAt);
  }

  static List<Path> expand(String input) throws IOException {
    Path path = Path.of(input);
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
      }
    }
    if (input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{")) {
      return glob(input);
    }
    throw new NoSuchFileException(input, null, "no such file or directory");
  }

  private static List<Path> glob(String pattern) throws IOException {
    // Walk from the longest leading directory without wildcards, then match the whole pattern.
    String[] segments = pattern.split("/", -1);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < segments.length - 1 && !hasWildcard(segments[i]); i++) {
      prefix.append(segments[i]).append('/');
    }
    Path base = prefix.length() == 0 ? Path.of(".") : Path.of(prefix.toString());
    if (!Files.isDirectory(base)) {
      throw new NoSuchFileException(pattern, null, "no directory to search for this pattern");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    boolean relativeToHere = prefix.length() == 0;
    try (Stream<Path> walk = Files.walk(base)) {
      List<Path> matched = walk.filter(Files::isRegularFile)
          .filter(p -> matcher.matches(relativeToHere ? base.relativize(p) : p))
          .sorted().toList();
      if (matched.isEmpty()) {
        throw new NoSuchFileException(pattern, null, "no file matches");
      }
      return matched;
    }
  }

  private static boolean hasWildcard(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0 || segment.indexOf('{') >= 0;
  }

  public int size() {
    return files.size();
  }

  @Override
  public void forEach(Consumer<CapturedPage> consumer) throws IOException {
    for (Path file : files) {
      String name = file.getFileName().toString().toLowerCase();
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        new WarcSource(file).forEach(consumer);
        continue;
      }
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      String address = addressOverride != null ? addressOverride : file.toAbsolutePath().normalize().toUri().toString();
      consumer.accept(new CapturedPage(address, "file", capturedAt, capturedAt == null ? null : "flag",
          guessContentType(name), content));
    }
  }

  private static String guessContentType(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".kcmsf")) {
      return "text/html";
    }
    if (name.endsWith(".txt")) {
      return "text/plain";
    }
    return null;
  }

  @Override
  public String describe() {
    return files.size() + (files.size() == 1 ? " file" : " files");
  }
}
