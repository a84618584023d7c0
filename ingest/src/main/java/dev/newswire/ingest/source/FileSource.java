package dev.newswire.ingest.source;

import dev.newswire.ingest.CapturedPage;
import dev.newswire.ingest.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Page files: a file, a directory (walked recursively) or a glob such as {@code pages/**.html}.
 * Files ending in .warc or .warc.gz are web archives and go through {@link WarcSource}.
 *
 * <p>What is read follows {@link InputTree}'s rule: symbolic links inside the given tree are
 * followed, links out of it are refused, special files are never opened. A file is read only up
 * to the page size limit (plus one byte, to tell it is over); a larger one is rejected with an
 * excerpt. A file that cannot be read is rejected; the others are still read.
 *
 * <p>A file's modification time says when it was copied to disk, not when the page was captured,
 * so it is never used as the capture time; only an explicit one is.
 */
public final class FileSource implements PageSource {
  private final List<InputTree.Entry> entries;
  private final String addressOverride;
  private final Instant capturedAt;
  private final int maxPageBytes;

  private FileSource(List<InputTree.Entry> entries, String addressOverride, Instant capturedAt, int maxPageBytes) {
    this.entries = entries;
    this.addressOverride = addressOverride;
    this.capturedAt = capturedAt;
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * @param inputs files, directories or globs
   * @param addressOverride the original URL of the page, allowed only with a single file
   * @param capturedAt the capture time given by the user, or null
   * @param maxPageBytes the largest page accepted
   * @throws NoSuchFileException an input names nothing (a typo: nothing has started yet)
   */
  public static FileSource of(List<String> inputs, String addressOverride, Instant capturedAt, int maxPageBytes)
      throws IOException {
    List<InputTree.Entry> entries = new ArrayList<>();
    for (String input : inputs) {
      entries.addAll(expand(input));
    }
    if (addressOverride != null && entries.size() != 1) {
      throw new IllegalArgumentException("--url names one page, but the input holds " + entries.size() + " files");
    }
    return new FileSource(entries, addressOverride, capturedAt, maxPageBytes);
  }

  static List<InputTree.Entry> expand(String input) throws IOException {
    Path path = Path.of(input);
    if (Files.exists(path) || Files.isSymbolicLink(path)) {
      return InputTree.walk(path, null);
    }
    if (hasWildcard(input)) {
      return glob(input);
    }
    throw new NoSuchFileException(input, null, "no such file or directory");
  }

  private static List<InputTree.Entry> glob(String pattern) throws IOException {
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
    List<InputTree.Entry> matched = InputTree.walk(base,
        p -> matcher.matches(relativeToHere ? base.relativize(p) : p));
    if (matched.isEmpty()) {
      throw new NoSuchFileException(pattern, null, "no file matches");
    }
    return matched;
  }

  private static boolean hasWildcard(String segment) {
    return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0 || segment.indexOf('{') >= 0;
  }

  public int size() {
    return entries.size();
  }

  @Override
  public void forEach(Consumer<CapturedPage> pages, Consumer<Rejected> rejected) throws IOException {
    for (InputTree.Entry entry : entries) {
      Path file = entry.path();
      String address = addressOverride != null ? addressOverride : file.toAbsolutePath().normalize().toUri().toString();
      if (entry.refusal() != null) {
        rejected.accept(new Rejected(file.toString(), address, entry.refusal(), null));
        continue;
      }
      String name = file.getFileName().toString().toLowerCase();
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        new WarcSource(file, maxPageBytes).forEach(pages, rejected);
        continue;
      }
      byte[] content;
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes(maxPageBytes + 1);
      } catch (IOException e) {
        rejected.accept(new Rejected(file.toString(), address, InputTree.reason(e), null));
        continue;
      }
      if (content.length > maxPageBytes) {
        rejected.accept(new Rejected(file.toString(), address, overLimit(file, maxPageBytes), content));
        continue;
      }
      pages.accept(new CapturedPage(address, "file", capturedAt, capturedAt == null ? null : "flag",
          guessContentType(name), content));
    }
  }

  private static String overLimit(Path file, int maxPageBytes) {
    String size;
    try {
      size = String.format("%,d bytes", Files.readAttributes(file, BasicFileAttributes.class).size());
    } catch (IOException e) {
      size = "more than " + String.format("%,d bytes", maxPageBytes);
    }
    return "page of " + size + " is over the " + String.format("%,d", maxPageBytes)
        + "-byte limit (--max-page-bytes); dead-lettered with its first " + Rejected.EXCERPT_BYTES + " bytes";
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
    return entries.size() + (entries.size() == 1 ? " file" : " files");
  }
}
