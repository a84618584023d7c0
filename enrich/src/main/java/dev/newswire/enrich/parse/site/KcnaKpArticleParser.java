package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.page.Css;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.BodyText;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.DecodedPage;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.page.HtmlText;
import dev.newswire.enrich.parse.page.KcnaSigns;
import dev.newswire.enrich.parse.page.Prose;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * kcna.kp article HTML of the publish-time era (about 2019 to mid 2026): {@code div.article-main-title},
 * paragraphs in {@code div.article-content-body > div.content-wrapper > p}, and the publication stamp
 * {@code <span class='publish-time'>www.kcna.kp (Juche108.12.10.)</span>}, Gregorian from late 2024. The page
 * may also list other articles ({@code ul.article-link} with their own {@code publish-time}); those are its
 * teasers. Also the text renderings of such pages: an optional title line, the body from the dateline, the
 * stamp on its own line or glued to the end mark without its {@code www.kcna.kp}, {@code -0- (Juche112.3.18.)}.
 */
public final class KcnaKpArticleParser implements LayoutParser {
  static final Pattern SITE = Pattern.compile("(?i)(?:^|[/.])kcna\\.kp(?:[:/]|$)");
  private static final Pattern ARTICLE_ADDRESS = Pattern.compile("(?i)kcna\\.kp/[a-z]{2}/article/q/");
  private static final int MAX_TITLE_LENGTH = 250;

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_ARTICLE;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    LayoutFit fit = LayoutFit.none()
        .plus(SITE.matcher(page.address()).find() && ARTICLE_ADDRESS.matcher(page.address()).find(),
            LayoutFit.ADDRESS, "kcna.kp article address");
    if (!page.isHtml()) {
      List<String> lines = page.lines();
      return fit.plus(KcnaSigns.hasFooter(page), LayoutFit.SHARED, "kcna.kp footer")
          .plus(KcnaSigns.hasDateline(page), LayoutFit.SHARED, "dateline");
    }
    Document doc = page.document();
    return fit
        .plus(!doc.select(Css.of("div.article-content-body, div.article-main-title")).isEmpty(), LayoutFit.MARKER,
            "kcna.kp article markup")
        .plus(articleStamp(doc) != null, LayoutFit.MARKER, "publish-time stamp");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    return page.isHtml() ? parseHtml(page) : parseText(page);
  }

  private ParsedPage parseHtml(DecodedPage page) {
    Document doc = page.document();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    Element stamp = articleStamp(doc);
    if (stamp != null) {
      String text = HtmlText.of(stamp);
      Dates.record(DateForms.footer(text).or(() -> DateForms.dotted(text)), DateSource.FOOTER, dates, warnings);
    }
    Element body = doc.selectFirst(Css.of("div.article-content-body"));
    Elements paragraphs = body == null ? new Elements() : body.select(Css.of("div.content-wrapper p"));
    if (paragraphs.isEmpty() && body != null) {
      paragraphs = body.select(Css.of("p"));
    }
    paragraphs.removeIf(p -> !p.select(Css.of("span.publish-time")).isEmpty() && HtmlText.of(p).length() < 40);
    List<String> text = paragraphs.isEmpty() && body != null
        ? BodyText.fromLines(HtmlText.lines(body)) : BodyText.fromElements(paragraphs);
    ParsedArticle article = ArticleAssembler.assemble(title(doc), text, dates, page.captureDate(), false, warnings);
    List<String> pageWarnings = new ArrayList<>();
    List<ParsedTeaser> teasers = KcnaKpListParser.rows(doc, pageWarnings);
    return new ParsedPage(layout(), List.of(article), teasers, pageWarnings);
  }

  private ParsedPage parseText(DecodedPage page) {
    List<String> lines = page.lines();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    int dateline = 0;
    while (dateline < lines.size() && Dateline.find(lines.get(dateline)).isEmpty()) {
      dateline++;
    }
    String title = null;
    int start = 0;
    if (dateline < lines.size() && dateline > 0) {
      String above = lines.get(dateline - 1);
      title = above.length() <= MAX_TITLE_LENGTH && !Furniture.isFurniture(above) ? above : null;
      start = dateline;
    }
    for (String line : lines) {
      if (DateForms.isFooter(line)) {
        Dates.record(DateForms.footer(line), DateSource.FOOTER, dates, warnings);
      }
      Prose.endStamp(line).ifPresent(s -> Dates.record(DateForms.dotted(s), DateSource.FOOTER, dates, warnings));
    }
    List<String> body = BodyText.fromLines(lines.subList(start, lines.size()));
    ParsedArticle article = ArticleAssembler.assemble(title, body, dates, page.captureDate(), false, warnings);
    return new ParsedPage(layout(), List.of(article), List.of(), List.of());
  }

  /** The article's own stamp: the first {@code publish-time} not in a list of other articles. */
  private static Element articleStamp(Document doc) {
    for (Element stamp : doc.select(Css.of("span.publish-time"))) {
      if (stamp.closest("ul.article-link") == null) {
        return stamp;
      }
    }
    return null;
  }

  static String title(Document doc) {
    Element main = doc.selectFirst(Css.of("div.article-main-title"));
    if (main != null && !HtmlText.of(main).isEmpty()) {
      return HtmlText.of(main);
    }
    String head = doc.title().strip();
    return head.isEmpty() ? null : head;
  }
}
