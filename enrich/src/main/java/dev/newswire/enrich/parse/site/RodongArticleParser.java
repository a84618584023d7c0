package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.DateSource;
import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.date.AddressDates;
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
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rodong Sinmun English article: the issue date in {@code div.ArticleMenuDate}
 * ({@code Mar. 10, Juche 111 (2022) Thursday}), the title in the first {@code p.ArticleContent}, the body in
 * the others, no dateline. The page's calendar widget script ({@code myCalendar.setDate("2022-03-11")}) holds
 * the day the page was served, a decoy: scripts are never read. The last {@code p.ArticleContent} of a real page is
 * the paper's credit line, right-aligned ({@code <p class="ArticleContent" align="right">Rodong Sinmun</p>}): it is
 * not article text and is left out of the body.
 */
public final class RodongArticleParser implements LayoutParser {
  /** The text of the credit line under an article. */
  private static final Pattern CREDIT = Pattern.compile("(?i)(?:the\\s+)?rodong\\s+sinmun\\.?");

  @Override
  public PageLayout layout() {
    return PageLayout.RODONG_ARTICLE;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    LayoutFit fit = LayoutFit.none()
        .plus(RodongListParser.SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "rodong.rep.kp address");
    if (!page.isHtml()) {
      return fit;
    }
    Document doc = page.document();
    return fit.plus(!doc.select(Css.of("div.ArticleMenuDate")).isEmpty(), LayoutFit.MARKER, "div.ArticleMenuDate")
        .plus(!doc.select(Css.of("p.ArticleContent")).isEmpty(), LayoutFit.SHARED, "p.ArticleContent");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    Document doc = page.document();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    Element header = doc.selectFirst(Css.of("div.ArticleMenuDate"));
    if (header != null) {
      Dates.record(DateForms.jucheHeader(HtmlText.of(header)), DateSource.RODONG_HEADER, dates, warnings);
    }
    Dates.record(AddressDates.read(page.address()), DateSource.ADDRESS, dates, warnings);

    Elements contents = doc.select(Css.of("p.ArticleContent"));
    String title = null;
    List<String> paragraphs = List.of();
    if (!contents.isEmpty()) {
      title = HtmlText.of(contents.first());
      List<Element> body = new ArrayList<>(contents.subList(1, contents.size()));
      if (!body.isEmpty() && isCreditLine(body.get(body.size() - 1))) {
        body.remove(body.size() - 1);
      }
      paragraphs = BodyText.fromElements(body);
    }
    ParsedArticle article = ArticleAssembler.assemble(title, paragraphs, dates, page.captureDate(), false, warnings);
    return new ParsedPage(layout(), List.of(article), List.of(), List.of());
  }

  /**
   * The credit under a Rodong Sinmun article: a right-aligned paragraph naming the paper (seen on real 2022 pages
   * as {@code align="right"} with the text {@code Rodong Sinmun}). Only that exact form is dropped, so a last
   * paragraph of real text is never lost.
   */
  private static boolean isCreditLine(Element paragraph) {
    return "right".equalsIgnoreCase(paragraph.attr("align").trim())
        && CREDIT.matcher(HtmlText.of(paragraph)).matches();
  }
}
