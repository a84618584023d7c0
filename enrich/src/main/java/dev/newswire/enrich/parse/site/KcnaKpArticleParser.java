package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.BodyText;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.HtmlText;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.DecodedPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;

/**
 * kcna.kp article HTML of the publish-time era (about 2019 to mid 2026): {@code div.article-main-title},
 * paragraphs in {@code div.article-content-body > div.content-wrapper > p}, and the publication stamp
 * {@code <span class='publish-time'>www.kcna.kp (Juche108.12.10.)</span>}, Gregorian from late 2024.
 */
public final class KcnaKpArticleParser implements LayoutParser {

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_ARTICLE;
  }

  @Override
  public boolean recognises(DecodedPage page) {
    if (!page.isHtml()) {
      return false;
    }
    Document doc = page.document();
    return !doc.select("div.article-content-body, div.article-main-title").isEmpty()
        || (!doc.select("span.publish-time").isEmpty() && doc.select("ul.article-link").isEmpty());
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    Document doc = page.document();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    for (Element stamp : doc.select("span.publish-time")) {
      if (stamp.closest("ul.article-link") != null) {
        continue;
      }
      String text = HtmlText.of(stamp);
      Dates.record(DateForms.footer(text).or(() -> DateForms.dotted(text)), DateSource.FOOTER, dates, warnings);
      break;
    }
    Element body = doc.selectFirst("div.article-content-body");
    Elements paragraphs = body == null ? new Elements() : body.select("div.content-wrapper p");
    if (paragraphs.isEmpty() && body != null) {
      paragraphs = body.select("p");
    }
    paragraphs.removeIf(p -> !p.select("span.publish-time").isEmpty() && HtmlText.of(p).length() < 40);
    List<String> text = paragraphs.isEmpty() && body != null
        ? BodyText.fromLines(HtmlText.lines(body)) : BodyText.fromElements(paragraphs);
    ParsedArticle article = ArticleAssembler.assemble(title(doc), text, dates, page.captureDate(), false, warnings);
    return new ParsedPage(layout(), List.of(article), List.of(), List.of());
  }

  static String title(Document doc) {
    Element main = doc.selectFirst("div.article-main-title");
    if (main != null && !HtmlText.of(main).isEmpty()) {
      return HtmlText.of(main);
    }
    String head = doc.title().strip();
    return head.isEmpty() ? null : head;
  }
}
