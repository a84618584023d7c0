package dev.newswire.testkit;

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
 *
 * <p>In re-capture mode about the given share of pages re-capture the news item of an earlier page
 * under a new address, with a teaser list of their own, in one of three forms: the leader's name glued
 * together and other spacing, a copy cut mid-body, or other line breaks. Each item is
 * stored once, so the store must hold exactly {@link #distinctArticles()} articles;
 * {@link #writeWithExpected} writes every expected count beside the pages in {@code expected.json}.
 *
 * <p>{@link PageEvents} renders the same pages as the events the parser emits for them, for tests and
 * benchmarks of the sink that need no parser.
 *
 * <p>{@code java -cp testkit/target/classes dev.newswire.testkit.GeneratedPages PAGES DIR [RECAPTURE_PERCENT]}
 */
public final class GeneratedPages {
  public static final int TEASERS_PER_PAGE = 10;
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  /** Teasers announce pages among the first this many, unless told otherwise. */
  public static final int ANNOUNCED_WINDOW = 300;

  private final int count;
  private final int recapturePercent;
  private final int announcedWindow;

  public GeneratedPages(int count) {
    this(count, 0);
  }

  public GeneratedPages(int count, int recapturePercent) {
    this(count, recapturePercent, ANNOUNCED_WINDOW);
  }

  /** @param announcedWindow teasers announce pages among the first this many (fewer: more sightings per teaser) */
  public GeneratedPages(int count, int recapturePercent, int announcedWindow) {
    this.count = count;
    this.recapturePercent = recapturePercent;
    this.announcedWindow = announcedWindow;
  }

  public int count() {
    return count;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GeneratedPages PAGES DIR [RECAPTURE_PERCENT]");
      System.exit(2);
    }
    GeneratedPages pages = new GeneratedPages(Integer.parseInt(args[0]), args.length > 2 ? Integer.parseInt(args[2]) : 0);
    pages.writeWithExpected(Path.of(args[1]));
    System.out.println(pages.expectedJson());
  }

  /** Whether page i re-captures an earlier page's item; decided by a hash of i, so about the share asked for. */
  public boolean recaptures(int page) {
    return page > 0 && Math.floorMod(page * 0x9E3779B1, 100) < recapturePercent;
  }

  /** The page whose news item page i shows: itself, or for a re-capture an earlier original. */
  public int item(int page) {
    if (!recaptures(page)) {
      return page;
    }
    return item(Math.floorMod(Long.hashCode(page * 0x9E3779B97F4A7C15L), page));
  }

  static LocalDate date(int item) {
    return FIRST.plusDays(item / 3);
  }

  static String firstParagraph(int item) {
    LocalDate d = date(item);
    return String.format(Locale.ROOT, "Pyongyang, %s %d (KCNA) -- Generated report number %d tells of the %s "
        + "harvest campaign in county %d, where farmers of work team %d overfulfilled their quota for the second "
        + "half of the year, as Kim Jong Un had called for.", name(d.getMonth()), d.getDayOfMonth(), item, item % 2 == 0 ? "autumn" : "spring",
        item % 97, item);
  }

  /** The pages announced by page i's teasers: ten other pages, overlapping with its neighbours'. */
  Set<Integer> announced(int page) {
    Set<Integer> out = new LinkedHashSet<>();
    int window = Math.min(count, announcedWindow);
    for (int k = 1; k <= window && out.size() < TEASERS_PER_PAGE; k++) {
      int announced = (page * 7 + k * 13) % window;
      if (announced != page) {
        out.add(announced);
      }
    }
    return out;
  }

  /** The news items page i's teasers announce (two announced pages may show one item). */
  Set<Integer> announcedItems(int page) {
    Set<Integer> out = new LinkedHashSet<>();
    announced(page).forEach(t -> out.add(item(t)));
    return out;
  }

  /** The body of page i's article as the page prints it, with its -0- end mark. */
  String body(int i) {
    int item = item(i);
    String body = firstParagraph(item) + "\n" + "The campaign was reviewed at a meeting held on the spot.\n"
        + "Officials called for greater successes in the coming season. -0-\n";
    if (item != i) {
      body = switch (i % 3) {
        case 0 -> body.replace("Kim Jong Un", "KimJongUn").replace("the spot", "the  spot");
        case 1 -> body.substring(0, body.indexOf("greater successes")) + "\n";
        default -> body.replace("\n", "\n\n");
      };
    }
    return body;
  }

  public String page(int i) {
    LocalDate d = date(item(i));
    StringBuilder page = new StringBuilder(body(i));
    page.append(String.format(Locale.ROOT, "www.kcna.kp (Juche%d.%d.%d.)%n", d.getYear() - 1911, d.getMonthValue(),
        d.getDayOfMonth()));
    page.append("More From KCNA.kp (En)\n");
    for (int t : announced(i)) {
      String snippet = firstParagraph(item(t)).substring(0, 100);
      LocalDate td = date(item(t));
      page.append(snippet).append('\n');
      page.append(String.format(Locale.ROOT, "%s %02d, %d%n", name(td.getMonth()), td.getDayOfMonth(), td.getYear()));
      page.append(snippet).append('\n');
    }
    page.append("More Articles\n");
    return page.toString();
  }

  /** Writes the pages into the directory. */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "page-%05d.txt", i)), page(i));
    }
  }

  /**
   * Writes the pages into {@code dir/pages} and, beside them, {@code dir/expected.json} with the counts a
   * store must hold for them (outside the pages directory, so that ingesting it takes pages only).
   */
  public void writeWithExpected(Path dir) throws IOException {
    writeTo(dir.resolve("pages"));
    Files.writeString(dir.resolve("expected.json"), expectedJson() + "\n");
  }

  /** The counts a store must hold for these pages, as JSON. */
  public String expectedJson() {
    return String.format(Locale.ROOT, "{\"pages\": %d, \"recapture_percent\": %d, \"articles\": %d,"
        + " \"article_sightings\": %d, \"teasers\": %d, \"teaser_sightings\": %d, \"linked_teasers\": %d}",
        count, recapturePercent, distinctArticles(), (long) count, distinctTeasers(), sightings(), distinctTeasers());
  }

  /** Distinct news items: the pages that are not re-captures. */
  public long distinctArticles() {
    long n = 0;
    for (int i = 0; i < count; i++) {
      n += recaptures(i) ? 0 : 1;
    }
    return n;
  }

  /** Distinct teasers over all pages: every item announced somewhere. */
  public long distinctTeasers() {
    Set<Integer> all = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      all.addAll(announcedItems(i));
    }
    return all.size();
  }

  /** Teaser sightings: each page shows each item it announces once. */
  public long sightings() {
    long n = 0;
    for (int i = 0; i < count; i++) {
      n += announcedItems(i).size();
    }
    return n;
  }

  private static String name(Month month) {
    String n = month.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
