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
import dev.newswire.enrich.parse.page.BodyText;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.page.KcnaSigns;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.page.DecodedPage;
import dev.newswire.enrich.parse.page.Prose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * kcna.co.jp, the old Japan mirror (1997-2019), as HTML or as a text copy. One page may hold several articles,
 * each a headline line followed by an (often indented) dateline. The page's own dates, the
 * {@code calendar>>October 8. 2016 Juche 105} line and the address ({@code item/2008/200801/news01/05.htm},
 * {@code .../news08/20161008-16ee.html}), belong to every article on it; the address is often the day after
 * the dateline because the mirror posted a day late. Day-index pages list that day's headlines (English, then
 * Spanish) under the bare day line: their headlines are teasers of that day.
 */
public final class KcnaCoJpParser implements LayoutParser {
  private static final Pattern SITE = Pattern.compile("(?i)kcna\\.co\\.jp");
  private static final Pattern MARKERS = Pattern.compile(
      "(?i)calendar\\s*>>|KOREA\\s+NEWS\\s+SERVICE|Copyright.{0,20}\\(\\s*KNS\\s*\\)");
  private static final Pattern CALENDAR = Pattern.compile("(?i)^calendar\\s*>");
  // A day-index page (item/2023/202304/2023-04-10ee.html) opens with the day alone: April 10. 2023 Juche 112.
  private static final Pattern DAY_LINE = Pattern.compile("(?i)^\\p{L}{3,9}\\.?\\s?\\d{1,2}\\.\\s?\\d{4}(?:\\s+Juche\\s?\\d{1,3})?$");
  private static final Pattern SECTION = Pattern.compile("(?i)^For\\s+\\S+-speaking\\s+People$");
  private static final Pattern KNS_NOTICE = Pattern.compile("(?i)Korea\\s+News\\s+Service|Re-use\\s+of\\s+any\\s+material");
  private static final int MAX_TITLE_LENGTH = 250;

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_CO_JP;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    return LayoutFit.none()
        .plus(SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "kcna.co.jp address")
        .plus(mayHaveMarkers(page.text()) && MARKERS.matcher(page.text()).find(), LayoutFit.MARKER, "calendar line or KNS notice")
        .plus(KcnaSigns.hasDateline(page), LayoutFit.SHARED, "dateline");
  }

  /** A word each of the MARKERS needs, sought before the pattern that would try all three at every character. */
  private static boolean mayHaveMarkers(String text) {
    return Cheap.containsIgnoreCase(text, "calendar") || Cheap.containsIgnoreCase(text, "service")
        || Cheap.containsIgnoreCase(text, "kns");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> pageWarnings = new ArrayList<>();
    List<FoundDate> pageDates = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : page.lines()) {
      if (CALENDAR.matcher(line).find()) {
        Dates.record(DateForms.calendarLine(line), DateSource.CALENDAR_LINE, pageDates, pageWarnings);
      } else {
        lines.add(line);
      }
    }
    Dates.record(AddressDates.read(page.address()), DateSource.ADDRESS, pageDates, pageWarnings);

    List<Integer> datelines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (Dateline.find(lines.get(i)).isPresent()) {
        datelines.add(i);
      }
    }
    List<ParsedArticle> articles = new ArrayList<>();
    if (datelines.isEmpty() && !lines.isEmpty() && DAY_LINE.matcher(lines.get(0)).matches()) {
      return new ParsedPage(layout(), List.of(), dayIndex(lines, pageWarnings), pageWarnings);
    }
    if (datelines.isEmpty()) {
      articles.add(withoutDateline(lines, pageDates, page));
    }
    int boundary = 0;
    for (int k = 0; k < datelines.size(); k++) {
      int start = datelines.get(k);
      String title = start - 1 >= boundary && isHeadline(lines.get(start - 1)) ? lines.get(start - 1) : null;
      int end = lines.size();
      if (k + 1 < datelines.size()) {
        int next = datelines.get(k + 1);
        end = next - 1 > start && isHeadline(lines.get(next - 1)) ? next - 1 : next;
      }
      List<String> body = BodyText.fromLines(lines.subList(start, end));
      articles.add(ArticleAssembler.assemble(title, body, pageDates, page.captureDate(), false, new ArrayList<>()));
      boundary = start + 1;
    }
    return new ParsedPage(layout(), articles, List.of(), pageWarnings);
  }

  /** A headline: short, not the end of a sentence or of an article, not site furniture. */
  private static boolean isHeadline(String line) {
    return line.length() <= MAX_TITLE_LENGTH && !line.endsWith(".") && !Prose.hasEndMark(line)
        && !Furniture.isFurniture(line) && Dateline.find(line).isEmpty();
  }

  /** The headlines of a day-index page, each a teaser of that day, up to the KNS notice. */
  private static List<ParsedTeaser> dayIndex(List<String> lines, List<String> warnings) {
    // The day line is the calendar line without its label, so it is read the same way.
    Optional<DateReading> day = DateForms.calendarLine("calendar>>" + lines.get(0));
    day.map(DateReading::problem).ifPresent(warnings::add);
    LocalDate date = day.filter(DateReading::valid).map(DateReading::date).orElse(null);
    List<ParsedTeaser> teasers = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (KNS_NOTICE.matcher(line).find() || Furniture.endsArticle(line)) {
        break;
      }
      if (!SECTION.matcher(line).matches() && !Furniture.isFurniture(line)) {
        teasers.add(new ParsedTeaser(line, null, date, date == null ? null : lines.get(0), null, null));
      }
    }
    return teasers;
  }

  private static ParsedArticle withoutDateline(List<String> lines, List<FoundDate> pageDates, DecodedPage page) {
    int first = 0;
    while (first < lines.size() && Furniture.isFurniture(lines.get(first))) {
      first++;
    }
    String title = first < lines.size() && isHeadline(lines.get(first)) ? lines.get(first) : null;
    List<String> body = BodyText.fromLines(lines.subList(title == null ? first : first + 1, lines.size()));
    return ArticleAssembler.assemble(title, body, pageDates, page.captureDate(), false, new ArrayList<>());
  }
}
