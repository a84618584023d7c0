package dev.newswire.enrich.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real page of {@code real/manifest.tsv}, parsed as {@code newswire parse FILE --url URL} parses it, must
 * give what was worked out by hand from the page (the matching rule of {@code real/BASELINE.md}), and be
 * recognised without doubt (no second layout fitting about as well). All mismatches
 * are reported in one message, so a change to a parser shows its whole effect on the corpus at once.
 */
class RealPagesTest {
  private static final String ROOT = "real/";

  /**
   * Fixtures that cannot be made to pass, each with its reason. They must still fail: a fixed one is reported,
   * so that it is taken off this list.
   */
  private static final Set<String> KNOWN_GAPS = Set.of();

  @Test
  void everyRealPageGivesWhatWasWorkedOutByHand() {
    Map<String, List<Map<String, String>>> fixtures = manifest();
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(56);
    Map<String, List<String>> mismatches = new LinkedHashMap<>();
    for (Map.Entry<String, List<Map<String, String>>> fixture : fixtures.entrySet()) {
      List<String> found = check(fixture.getKey(), fixture.getValue());
      if (!found.isEmpty()) {
        mismatches.put(fixture.getKey(), found);
      }
    }
    Set<String> unexpected = new TreeSet<>(mismatches.keySet());
    unexpected.removeAll(KNOWN_GAPS);
    Set<String> fixedGaps = new TreeSet<>(KNOWN_GAPS);
    fixedGaps.removeAll(mismatches.keySet());

    StringBuilder report = new StringBuilder((fixtures.size() - mismatches.size()) + " of " + fixtures.size()
        + " real fixtures match.");
    mismatches.forEach((file, found) -> {
      report.append("\n").append(file).append(KNOWN_GAPS.contains(file) ? " (known gap)" : "").append(":");
      found.forEach(m -> report.append("\n  ").append(m));
    });
    fixedGaps.forEach(file -> report.append("\n").append(file).append(": now matches; take it off KNOWN_GAPS"));
    assertThat(unexpected).as(report.toString()).isEmpty();
    assertThat(fixedGaps).as(report.toString()).isEmpty();
  }

  private static List<String> check(String file, List<Map<String, String>> rows) {
    Map<String, String> first = rows.get(0);
    List<String> out = new ArrayList<>();
    ParsedPage page;
    try {
      String contentType = file.endsWith(".txt") ? "text/plain" : file.matches(".*\\.html?$") ? "text/html" : null;
      String captured = first.get("captured_at");
      page = Pages.parse(ROOT + file, emptyToNull(first.get("url")), contentType,
          captured.isEmpty() ? null : LocalDate.parse(captured));
    } catch (PageParseException e) {
      out.add("parse: expected a page, got " + e.getMessage());
      return out;
    }
    expect(out, "layout", first.get("layout"), String.valueOf(page.layout()));
    expect(out, "article count", first.get("articles"), String.valueOf(page.articles().size()));
    page.warnings().stream().filter(w -> w.contains("about equally")).forEach(w -> out.add("doubtful layout: " + w));
    String teasers = first.get("teasers");
    if (!teasers.isEmpty() && !inRange(teasers, page.teasers().size())) {
      out.add("teaser count: expected " + teasers + ", got " + page.teasers().size());
    }
    for (Map<String, String> row : rows) {
      if (row.get("article").isEmpty()) {
        continue;
      }
      int index = Integer.parseInt(row.get("article"));
      if (index >= page.articles().size()) {
        continue;
      }
      checkArticle(out, "a" + index, row, page.articles().get(index));
    }
    return out;
  }

  private static void checkArticle(List<String> out, String name, Map<String, String> row, ParsedArticle article) {
    String prefix = row.get("title_prefix");
    if (!prefix.isEmpty() && (article.title() == null || !article.title().startsWith(prefix))) {
      out.add(name + " title: expected '" + prefix + "...', got '" + article.title() + "'");
    }
    expect(out, name + " published", row.get("published"), text(article.published()));
    expect(out, name + " published source", row.get("published_source"), text(article.publishedSource()));
    String place = row.get("dateline_place");
    if (!place.isEmpty()) {
      expect(out, name + " dateline place", place, text(article.datelinePlace()));
    }
    String datelineDate = row.get("dateline_date");
    if (!datelineDate.isEmpty()) {
      expect(out, name + " dateline date", datelineDate, text(article.datelineDate()));
    }
    for (String expected : split(row.get("dates"), ";")) {
      boolean found = article.dates().stream().anyMatch(f -> (f.source() + "=" + f.date()).equals(expected));
      if (!found) {
        out.add(name + " dates: expected " + expected + " among " + article.dates().stream()
            .map(f -> f.source() + "=" + f.date()).toList());
      }
    }
    for (String furniture : split(row.get("body_excludes"), ";;")) {
      if (article.body().contains(furniture)) {
        out.add(name + " body: must not contain '" + furniture + "'");
      }
    }
    if (article.paragraphs().isEmpty()) {
      out.add(name + " body: empty");
    }
  }

  private static void expect(List<String> out, String what, String expected, String got) {
    if (!Objects.equals(expected, got)) {
      out.add(what + ": expected " + (expected.isEmpty() ? "none" : expected) + ", got " + (got.isEmpty() ? "none" : got));
    }
  }

  private static boolean inRange(String range, int count) {
    String[] ends = range.split("-");
    int low = Integer.parseInt(ends[0]);
    int high = Integer.parseInt(ends[ends.length - 1]);
    return count >= low && count <= high;
  }

  private static List<String> split(String list, String separator) {
    List<String> items = new ArrayList<>();
    for (String item : list.split(separator)) {
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** Manifest rows by fixture file, in manifest order; one row per expected article. */
  private static Map<String, List<Map<String, String>>> manifest() {
    String[] lines = new String(Pages.resource(ROOT + "manifest.tsv"), StandardCharsets.UTF_8).split("\n");
    String[] header = lines[0].split("\t", -1);
    Map<String, List<Map<String, String>>> byFile = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], c < cells.length ? cells[c] : "");
      }
      byFile.computeIfAbsent(row.get("file"), f -> new ArrayList<>()).add(row);
    }
    return byFile;
  }
}
