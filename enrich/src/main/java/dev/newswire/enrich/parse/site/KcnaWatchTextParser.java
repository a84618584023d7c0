package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.DecodedPage;
import dev.newswire.enrich.parse.page.Prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * KCNA Watch's text copy of a kcna.kp item. In order, each part optional: the capture date (printed twice and
 * glued), {@code KCNA KCNA.kp (En)}, the title (often twice), {@code Date: DD/MM/YYYY | Source: ...}, the body
 * ending in {@code -0-}, the kcna.kp footer, then {@code More From KCNA.kp (En)} with teasers and
 * {@code More Articles}. Copies cut to start at the body are common.
 */
public final class KcnaWatchTextParser implements LayoutParser {
  private static final Pattern SITE_HEADER = Pattern.compile("(?i)^(?:KCNA\\s+)?KCNA\\.kp\\s*\\(\\s*En\\w*\\s*\\)$");
  private static final Pattern OTHER_SITES = Pattern.compile("(?i)kcna\\.co\\.jp|rodong\\.rep\\.kp|uriminzokkiri");
  private static final Pattern MARKERS = Pattern.compile("(?i)kcna\\.kp|kcna\\s*watch|More\\s+From\\s+KCNA");
  // Indentation only, not \s: a \s* run after ^ would cross lines, and on many empty lines each line's
  // attempt would run to the end of them all (quadratic: 12 s on 100,000 empty lines).
  private static final Pattern KCNA_DATELINE = Pattern.compile(
      "(?m)^[ \\t\\f\\u000b]*+\\p{Lu}[\\p{L} .'-]{1,40}+,\\s*+\\p{L}{3,9}+\\.?\\s*+\\d{1,2}\\s*+\\(\\s*+KCNA\\s*+\\)");
  /** How far into the page a capture line or title may sit. */
  private static final int HEAD_LINES = 6;

  private final boolean lenient;

  /** The strict recogniser: only pages carrying KCNA Watch or kcna.kp marks. */
  public KcnaWatchTextParser() {
    this(false);
  }

  /**
   * @param lenient also take any text page whose lines open with a KCNA dateline: the last resort, tried after
   *                every other layout, since a bare KCNA text is most likely a cut KCNA Watch copy
   */
  public KcnaWatchTextParser(boolean lenient) {
    this.lenient = lenient;
  }

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_WATCH_TEXT;
  }

  @Override
  public boolean recognises(DecodedPage page) {
    if (page.address().toLowerCase().contains("kcnawatch")) {
      return true;
    }
    if (OTHER_SITES.matcher(page.address()).find()) {
      return false;
    }
    return !page.isHtml() && (MARKERS.matcher(page.text()).find()
        || (lenient && KCNA_DATELINE.matcher(page.text()).find()));
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> lines = page.lines();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();

    int teaserStart = indexOf(lines, 0, Furniture::startsTeasers);
    int end = teaserStart >= 0 ? teaserStart : lines.size();
    int start = 0;

    // Capture line: only at the very top, before any header; it dates the copy, not the article.
    if (!lines.isEmpty() && Dateline.find(lines.get(0)).isEmpty()) {
      Optional<DateReading> capture = DateForms.englishDateLine(lines.get(0));
      if (capture.isPresent()) {
        record(capture.get(), DateSource.CAPTURE_TIME, dates, warnings);
        start = 1;
      }
    }
    int siteHeader = indexOf(lines.subList(0, Math.min(end, start + HEAD_LINES)), start,
        l -> SITE_HEADER.matcher(l).matches());
    if (siteHeader >= 0) {
      start = siteHeader + 1;
    }
    int dateHeader = indexOf(lines.subList(0, end), start, Furniture::isSourceHeader);
    String title = null;
    if (dateHeader >= 0) {
      title = title(lines.subList(start, dateHeader));
      DateForms.watchHeader(lines.get(dateHeader)).ifPresent(r -> record(r, DateSource.HEADER, dates, warnings));
      start = dateHeader + 1;
    } else {
      int firstDateline = indexOf(lines.subList(0, Math.min(end, start + HEAD_LINES)), start,
          l -> Dateline.find(l).isPresent());
      if (firstDateline > start) {
        title = title(lines.subList(start, firstDateline));
        start = firstDateline;
      } else if (firstDateline < 0 && start < end) {
        // No header and no dateline: the title is the line printed twice, or the one under the site header.
        boolean twice = start + 1 < end && lines.get(start).equals(lines.get(start + 1));
        if (twice || siteHeader >= 0) {
          title = lines.get(start);
          start += twice ? 2 : 1;
        }
      }
    }

    List<String> paragraphs = new ArrayList<>();
    for (int i = start; i < end; i++) {
      String line = lines.get(i);
      if (DateForms.isFooter(line)) {
        DateForms.footer(line).ifPresent(r -> record(r, DateSource.FOOTER, dates, warnings));
        line = DateForms.withoutFooter(line);
      }
      if (line.isEmpty() || Furniture.isFurniture(line)) {
        continue;
      }
      boolean last = Prose.hasEndMark(line);
      line = Prose.withoutEndMark(line);
      if (!line.isEmpty()) {
        paragraphs.add(line);
      }
      if (last) {
        // After the end mark only the footer can still matter.
        for (int j = i + 1; j < end; j++) {
          DateForms.footer(lines.get(j)).ifPresent(r -> record(r, DateSource.FOOTER, dates, warnings));
        }
        break;
      }
    }

    ParsedArticle article = ArticleAssembler.assemble(title, paragraphs, dates, page.captureDate(), false, warnings);
    List<String> pageWarnings = new ArrayList<>();
    List<ParsedTeaser> teasers = teaserStart < 0 ? List.of()
        : KcnaWatchTeasers.read(teaserBlock(lines, teaserStart + 1), pageWarnings);
    return new ParsedPage(layout(), List.of(article), teasers, pageWarnings);
  }

  private static List<String> teaserBlock(List<String> lines, int from) {
    int to = indexOf(lines, from, Furniture::endsPage);
    return lines.subList(from, to < 0 ? lines.size() : to);
  }

  /** Title lines: the headline, often printed twice; a second distinct line is kept as a subtitle. */
  private static String title(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!Furniture.isFurniture(line) && !kept.contains(line)) {
        kept.add(line);
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  private static void record(DateReading reading, DateSource source, List<FoundDate> dates, List<String> warnings) {
    Dates.record(reading, source, dates, warnings);
  }

  private static int indexOf(List<String> lines, int from, java.util.function.Predicate<String> test) {
    for (int i = from; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
