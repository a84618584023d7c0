package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.AddressDates;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.page.KcnaSigns;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.DecodedPage;
import dev.newswire.enrich.parse.page.Prose;
import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * KCNA Watch's text copy of a KCNA-family item. In order, each part optional: the capture date (printed twice and
 * glued), {@code KCNA <outlet> (En)} naming the outlet copied (KCNA.kp, KCNA.co.jp, Minju Choson, Uriminzokkiri...),
 * the title (often twice), {@code Date: DD/MM/YYYY | Source: ...}, the body ending in {@code -0-}, the kcna.kp
 * footer, then {@code More From KCNA.kp (En)} with teasers and {@code More Articles}. The older kcnawatch.co
 * layout has no capture or outlet line, a {@code Share Button} under the header and an NK News newsletter blurb
 * instead of the teasers. Copies cut to start at the body are common. The outlet copied never makes the page
 * that outlet's: a copy is a KCNA Watch page.
 */
public final class KcnaWatchTextParser implements LayoutParser {
  private static final Pattern OTHER_SITES = Pattern.compile("(?i)kcna\\.co\\.jp|kcna\\.kp|rodong\\.rep\\.kp|uriminzokkiri");
  private static final LineRule WATCH = LineRule.finding(Pattern.compile("(?i)kcna\\s*watch"),
      text -> Cheap.containsIgnoreCase(text, "watch"));
  // Indentation only, not \s: a \s* run after ^ would cross lines, and on many empty lines each line's
  // attempt would run to the end of them all (quadratic: 12 s on 100,000 empty lines).
  private static final LineRule KCNA_DATELINE = LineRule.openingALine(Pattern.compile(
      "[ \\t\\f\\u000b]*+\\p{Lu}[\\p{L} .'-]{1,40}+,\\s*+\\p{L}{3,9}+\\.?\\s*+\\d{1,2}\\s*+\\(\\s*+KCNA\\s*+\\)"),
      text -> text.contains("KCNA"));
  /** How far into the page a capture line or title may sit. */
  private static final int HEAD_LINES = 6;
  /** A bare KCNA text (dateline, body, end mark) is most likely a KCNA Watch copy cut to start at the body. */
  private static final int CUT_COPY = LayoutFit.ADDRESS;

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_WATCH_TEXT;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    boolean watchAddress = page.address().toLowerCase(Locale.ROOT).contains("kcnawatch");
    LayoutFit fit = LayoutFit.none()
        .plus(watchAddress, LayoutFit.ADDRESS, "kcnawatch address")
        .plus(!watchAddress && OTHER_SITES.matcher(page.address()).find(), LayoutFit.OTHER_SITE, "address on another site");
    if (page.isHtml()) {
      return fit;
    }
    List<String> lines = page.lines();
    List<String> head = lines.subList(0, Math.min(lines.size(), HEAD_LINES));
    return fit
        // A newstream address names one copied item: prose at it is that copy even when nothing else is left of it
        // (other bytes at the address of a real copy stay unrecognised).
        .plus(AddressDates.kcnaWatchCopyDay(page.address()).isPresent() && lines.stream().anyMatch(Prose::isSentence),
            LayoutFit.SHARED, "prose at a newstream item address")
        .plus(!lines.isEmpty() && isCaptureLine(lines.get(0)), LayoutFit.MARKER, "capture line")
        .plus(head.stream().anyMatch(Furniture::isSiteHeader), LayoutFit.MARKER, "KCNA <outlet> line")
        .plus(lines.stream().anyMatch(l -> Furniture.isSourceHeader(l) && DateForms.watchHeader(l).isPresent()),
            LayoutFit.MARKER, "Date/Source header")
        .plus(lines.stream().anyMatch(Furniture::startsTeasers), LayoutFit.MARKER, "More From block")
        .plus(lines.stream().anyMatch(Furniture::isCopyFurniture), LayoutFit.MARKER, "KCNA Watch furniture")
        .plus(WATCH.test(page.text()), LayoutFit.SHARED, "KCNA Watch named")
        .plus(KCNA_DATELINE.test(page.text()), CUT_COPY, "KCNA dateline")
        .plus(KcnaSigns.hasFooter(page) || KcnaSigns.hasEndMark(page), LayoutFit.SHARED, "kcna.kp footer or end mark");
  }

  private static boolean isCaptureLine(String line) {
    return Dateline.find(line).isEmpty() && DateForms.englishDateLine(line).isPresent();
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
    if (!lines.isEmpty() && isCaptureLine(lines.get(0))) {
      record(DateForms.englishDateLine(lines.get(0)).orElseThrow(), DateSource.CAPTURE_TIME, dates, warnings);
      start = 1;
    }
    int siteHeader = indexOf(lines.subList(0, Math.min(end, start + HEAD_LINES)), start, Furniture::isSiteHeader);
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
      Prose.endStamp(line).flatMap(DateForms::dotted).ifPresent(r -> record(r, DateSource.FOOTER, dates, warnings));
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

    // The newstream id tells when KCNA Watch copied the item: no publication date, but the year of a dateline
    // on a copy that prints no date of its own (a copy cut to start at the body, without its footer).
    LocalDate copied = AddressDates.kcnaWatchCopyDay(page.address()).orElse(null);
    ParsedArticle article = ArticleAssembler.assemble(title, paragraphs, dates, copied, page.captureDate(), false,
        warnings);
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

  private static int indexOf(List<String> lines, int from, Predicate<String> test) {
    for (int i = from; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The guarded patterns, for the equivalence test. */
  static java.util.List<LineRule> rules() {
    return java.util.List.of(KCNA_DATELINE, WATCH);
  }
}
