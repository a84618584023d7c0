package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.page.Css;
import dev.newswire.enrich.parse.page.ArticleAssembler;
import dev.newswire.enrich.parse.page.BodyText;
import dev.newswire.enrich.parse.page.Dates;
import dev.newswire.enrich.parse.page.HtmlText;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.DecodedPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * kcna.kp after the mid-2026 redesign: {@code /en/article/detail/<hex>}, an {@code <h1>} title and
 * {@code <article><p>} body, and no date anywhere on the page. The dateline gives the day (its year from the
 * capture date); failing that the capture date itself stands in, marked {@link DateSource#CAPTURE_TIME}.
 */
public final class KcnaKpRedesignArticleParser implements LayoutParser {
  private static final Pattern ADDRESS = Pattern.compile("(?i)kcna\\.kp/[a-z]{2}/article/detail/");
  private static final Pattern KCNA_DATELINE = Pattern.compile("\\((?:KNS-)?KCNA\\)");
  /** Plain HTML5 article markup: the redesign's, but common, so it needs the address or a KCNA dateline too. */
  private static final int ARTICLE_MARKUP = LayoutFit.ADDRESS;

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_REDESIGN_ARTICLE;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    if (!page.isHtml()) {
      return LayoutFit.none();
    }
    Document doc = page.document();
    Element article = doc.selectFirst(Css.of("article"));
    boolean structure = article != null && !article.select(Css.of("p")).isEmpty() && doc.selectFirst(Css.of("h1")) != null;
    boolean detail = ADDRESS.matcher(page.address()).find();
    return LayoutFit.none()
        .plus(detail, LayoutFit.ADDRESS, "kcna.kp article/detail address")
        .plus(!detail && KcnaKpArticleParser.SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "kcna.kp address")
        .plus(structure, ARTICLE_MARKUP, "h1 and article > p")
        .plus(article != null && KCNA_DATELINE.matcher(article.text()).find(), LayoutFit.SHARED, "KCNA dateline");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    Document doc = page.document();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    // Not expected in this era, but a stamp, if ever printed, is still the best evidence.
    Element stamp = doc.selectFirst(Css.of("span.publish-time"));
    if (stamp != null) {
      Dates.record(DateForms.footer(HtmlText.of(stamp)), DateSource.FOOTER, dates, warnings);
    }
    Element article = doc.selectFirst(Css.of("article"));
    List<String> paragraphs = article == null ? List.of() : BodyText.fromElements(article.select(Css.of("p")));
    Element h1 = article != null && article.selectFirst(Css.of("h1")) != null ? article.selectFirst(Css.of("h1")) : doc.selectFirst(Css.of("h1"));
    String title = h1 == null ? null : HtmlText.of(h1);
    ParsedArticle parsed = ArticleAssembler.assemble(title, paragraphs, dates, page.captureDate(), true, warnings);
    return new ParsedPage(layout(), List.of(parsed), List.of(), List.of());
  }
}
