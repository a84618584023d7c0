package dev.newswire.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * KCNA Watch text copies, generated in the layout of the sample page: a dateline, body paragraphs
 * ending in -0-, a Juche footer, and a teaser block. Page i's teasers announce other generated
 * pages, so teasers repeat across pages and each one can be linked to the article it announces.
 */
final class GeneratedPages {
  static final int TEASERS_PER_PAGE = 10;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

  private final int count;

  GeneratedPages(int count) {
    this.count = count;
  }

  static LocalDate date(int page) {
    return FIRST.plusDays(page / 3);
  }

  static String firstParagraph(int page) {
    LocalDate d = date(page);
    return String.format(Locale.ROOT, "Pyongyang, %s %d (KCNA) -- Generated report number %d tells of the %s "
        + "harvest campaign in county %d, where farmers of work team %d overfulfilled their quota.",
        name(d.getMonth()), d.getDayOfMonth(), page, page % 2 == 0 ? "autumn" : "spring", page % 97, page);
  }

  /** The pages announced by page i's teasers: ten other pages, overlapping with its neighbours'. */
  static Set<Integer> announced(int page, int count) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int k = 1; out.size() < TEASERS_PER_PAGE; k++) {
      out.add((page * 7 + k * 13) % Math.min(count, 300));
    }
    out.remove(page);
    return out;
  }

  String page(int i) {
    LocalDate d = date(i);
    StringBuilder page = new StringBuilder();
    page.append(firstParagraph(i)).append('\n');
    page.append("The campaign was reviewed at a meeting held on the spot.").append('\n');
    page.append("Officials called for greater successes in the coming season. -0-").append('\n');
    page.append(String.format(Locale.ROOT, "www.kcna.kp (Juche%d.%d.%d.)%n", d.getYear() - 1911, d.getMonthValue(),
        d.getDayOfMonth()));
    page.append("More From KCNA.kp (En)\n");
    for (int t : announced(i, count)) {
      String snippet = firstParagraph(t).substring(0, 100);
      LocalDate td = date(t);
      page.append(snippet).append('\n');
      page.append(String.format(Locale.ROOT, "%s %02d, %d%n", name(td.getMonth()), td.getDayOfMonth(), td.getYear()));
      page.append(snippet).append('\n');
    }
    page.append("More Articles\n");
    return page.toString();
  }

  void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "page-%05d.txt", i)), page(i));
    }
  }

  /** Distinct teasers over all pages: every page announced somewhere. */
  long distinctTeasers() {
    Set<Integer> all = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      all.addAll(announced(i, count));
    }
    return all.size();
  }

  long sightings() {
    long n = 0;
    for (int i = 0; i < count; i++) {
      n += announced(i, count).size();
    }
    return n;
  }

  private static String name(Month month) {
    String n = month.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
