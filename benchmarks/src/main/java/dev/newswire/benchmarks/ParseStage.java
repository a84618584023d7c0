package dev.newswire.benchmarks;

import dev.newswire.enrich.parse.ParsedPage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.newswire.enrich.EventMapper;
import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.PageParseException;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.Teaser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Parse only, one thread: the pages of the run as enrich parses them (and maps them to events), and
 * from the same parse the counts the store must hold for them; then each layout's test fixtures.
 */
final class ParseStage {
  /** What the store must hold after the pages: counted from the events the parser made of them. */
  record Expected(long pages, long articles, long articleSightings, long teasers, long teaserSightings) {}

  /** @param cpuSeconds the measuring thread's own CPU time: per core, whatever else the machine runs */
  record Figure(String name, long pages, long bytes, double seconds, double cpuSeconds) {
    double pagesPerSecond() {
      return pages / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }

    double pagesPerCpuSecond() {
      return pages / cpuSeconds;
    }
  }

  private final PageParser parser = new PageParser();

  /** Parses every page once to warm up and count, then again against the clock. */
  Figure run(List<Page> pages, Map<String, Expected> out) throws PageParseException {
    Set<String> items = new HashSet<>();
    Set<String> teasers = new HashSet<>();
    Set<String> sightings = new HashSet<>();
    long captures = 0;
    for (Page page : pages) {
      EventMapper.PageEvents events = EventMapper.map(page.address(), null, parser.parse(page.input()));
      for (Article a : events.articles()) {
        items.add(a.getItemId() == null ? a.getId() : a.getItemId());
        captures++;
      }
      for (Teaser t : events.teasers()) {
        teasers.add(t.getId());
        sightings.add(t.getId() + "\n" + page.address());
      }
    }
    out.put("expected", new Expected(pages.size(), items.size(), captures, teasers.size(), sightings.size()));
    return timed("parse and map, one thread", pages, 1, true);
  }

  /** Parse only, one thread, the run's pages over and over for about two seconds. */
  Figure parseOnly(String name, List<Page> pages) {
    int rounds = 1;
    Figure f = timed(name, pages, rounds, false);
    while (f.seconds() < 2.0 && rounds < 1 << 20) {
      rounds *= 2;
      f = timed(name, pages, rounds, false);
    }
    return f;
  }

  /** Each layout's fixtures (enrich's test pages), parsed over and over for about a second. */
  List<Figure> layouts(Path fixtures) throws IOException {
    List<Figure> out = new ArrayList<>();
    if (!Files.isDirectory(fixtures)) {
      return out;
    }
    Map<String, List<Page>> byLayout = new LinkedHashMap<>();
    try (Stream<Path> dirs = Files.list(fixtures).sorted()) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(dir).sorted()) {
          for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt")).toList()) {
            Page page = new Page("http://example.invalid/" + dir.getFileName() + "/" + file.getFileName(),
                Files.readAllBytes(file), file.toString().endsWith(".html") ? "text/html" : null);
            if (parses(page)) {
              byLayout.computeIfAbsent(dir.getFileName().toString(), k -> new ArrayList<>()).add(page);
            }
          }
        }
      }
    }
    for (Map.Entry<String, List<Page>> layout : byLayout.entrySet()) {
      List<Page> pages = layout.getValue();
      int rounds = 1;
      Figure f = timed(layout.getKey(), pages, rounds, true);
      while (f.seconds() < 1.0 && rounds < 1 << 16) {
        rounds *= 2;
        f = timed(layout.getKey(), pages, rounds, true);
      }
      out.add(f);
    }
    return out;
  }

  private boolean parses(Page page) {
    try {
      parser.parse(page.input());
      return true;
    } catch (PageParseException | RuntimeException e) {
      return false;
    }
  }

  private Figure timed(String name, List<Page> pages, int rounds, boolean map) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    long cpu = threads.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Page page : pages) {
        try {
          ParsedPage parsed = parser.parse(page.input());
          if (map) {
            EventMapper.map(page.address(), Instant.EPOCH, parsed);
          }
        } catch (PageParseException e) {
          throw new IllegalStateException(page.address() + " no longer parses: " + e.getMessage(), e);
        }
        bytes += page.content().length;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Figure(name, (long) pages.size() * rounds, bytes, seconds, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
  }

  /** A page as ingest would publish it: its address, bytes and content type. */
  record Page(String address, byte[] content, String contentType) {
    PageInput input() {
      return new PageInput(address, content, contentType, null);
    }
  }
}
