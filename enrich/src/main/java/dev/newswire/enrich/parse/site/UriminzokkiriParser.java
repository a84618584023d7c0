package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.BodyText;
import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.page.KcnaSigns;
import dev.newswire.enrich.parse.page.Prose;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.DecodedPage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Uriminzokkiri (until 2020). The page header {@code June 20, Juche108(2019)} is the day the page was shown,
 * not the article's date, so it is never recorded as one; it only lends its year to the dateline, which
 * carries the article's day.
 */
public final class UriminzokkiriParser implements LayoutParser {
  private static final Pattern SITE = Pattern.compile("(?i)uriminzokkiri");
  private static final Pattern HEADER_LINE = Pattern.compile("(?i)Juche\\s*\\d{1,3}\\s*\\(\\s*\\d{4}\\s*\\)");
  private static final Pattern BUREAU = Pattern.compile("(?i)Korea\\s+Ryugilo\\s+Editorial\\s+Bureau");
  /** The address of one item: {@code ...&ftype=news&no=18607}, {@code ...&ptype=cfonew&mtype=view&no=41196}. */
  private static final Pattern ITEM_ADDRESS = Pattern.compile("(?i)[?&]no=\\d+(?:&|#|$)");
  private static final int MAX_TITLE_LENGTH = 250;
  /** Lines at the top and bottom of a page that form its frame (site name, menus, footer). */
  private static final int FRAME_LINES = 5;
  private static final int MAX_FRAME_LINE_LENGTH = 80;

  @Override
  public PageLayout layout() {
    return PageLayout.URIMINZOKKIRI;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    List<String> lines = page.lines();
    boolean onSite = SITE.matcher(page.address()).find();
    LayoutFit fit = LayoutFit.none()
        .plus(onSite, LayoutFit.ADDRESS, "uriminzokkiri address")
        .plus(onSite && ITEM_ADDRESS.matcher(page.address()).find()
            && lines.stream().anyMatch(Prose::isSentence), LayoutFit.SHARED, "prose at an item address")
        .plus(page.isHtml() && SITE.matcher(page.document().title()).find(), LayoutFit.MARKER, "site name in the title")
        .plus(hasFrameLine(lines), LayoutFit.MARKER, "site name in the page frame")
        .plus(lines.stream().anyMatch(l -> Furniture.isFeedbackForm(l) || Cheap.containsIgnoreCase(l, "ryugilo") && BUREAU.matcher(l).find()), LayoutFit.MARKER, "feedback form or bureau footer");
    return fit.plus(lines.stream().limit(FRAME_LINES).anyMatch(l -> HEADER_LINE.matcher(l).find()), LayoutFit.SHARED,
        "display date header").plus(KcnaSigns.hasDateline(page), LayoutFit.SHARED, "dateline");
  }

  /**
   * The name alone in a body (a KCNA item quoting the site) proves nothing, nor a KCNA Watch copy's
   * {@code Source: Uriminzokkiri (En)}: only a short line of the page's own frame counts.
   */
  private static boolean hasFrameLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if ((i < FRAME_LINES || i >= lines.size() - FRAME_LINES) && Cheap.containsIgnoreCase(line, "uriminzokkiri")
          && line.length() < MAX_FRAME_LINE_LENGTH && Dateline.find(line).isEmpty()
          && !Furniture.isSourceHeader(line) && !Furniture.isSiteHeader(line)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> lines = page.lines();
    List<String> warnings = new ArrayList<>();
    LocalDate shown = null;
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; i++) {
      if (HEADER_LINE.matcher(lines.get(i)).find()) {
        Optional<DateReading> reading = DateForms.jucheHeader(lines.get(i));
        if (reading.isPresent()) {
          header = i;
          reading.map(DateReading::problem).ifPresent(warnings::add);
          shown = reading.get().date();
        }
      }
    }
    int dateline = -1;
    for (int i = header + 1; i < lines.size() && dateline < 0; i++) {
      if (Dateline.find(lines.get(i)).isPresent()) {
        dateline = i;
      }
    }
    String title = null;
    List<String> body;
    if (dateline >= 0) {
      String above = dateline - 1 > header ? lines.get(dateline - 1) : null;
      if (above != null && above.length() <= MAX_TITLE_LENGTH && !Furniture.isFurniture(above)) {
        title = above;
      }
      body = BodyText.fromLines(lines.subList(dateline, lines.size()));
    } else {
      String pageTitle = page.isHtml() ? page.document().title().strip() : "";
      title = pageTitle.isEmpty() ? null : pageTitle;
      int first = header + 1;
      if (title == null && first < lines.size() && isHeadline(lines.get(first))) {
        // A text rendering without dateline: the headline is the line under the display date.
        title = lines.get(first);
        first++;
      }
      body = BodyText.fromLines(lines.subList(first, lines.size()));
      if (!body.isEmpty() && body.get(0).equals(title)) {
        body = body.subList(1, body.size());
      }
    }
    ParsedArticle article = ArticleAssembler.assemble(title, body, List.of(), shown, page.captureDate(), false, warnings);
    return new ParsedPage(layout(), List.of(article), List.of(), List.of());
  }

  private static boolean isHeadline(String line) {
    return line.length() <= MAX_TITLE_LENGTH && !line.endsWith(".") && !Prose.hasEndMark(line)
        && !Furniture.isFurniture(line);
  }
}
