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
  /** The issue date alone on the first line of a stored text rendering of the newer site: {@code 2024.2.20.}. */
  private static final Pattern ISSUE_DATE_LINE = Pattern.compile("^\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\.?$");
  private static final int MAX_TITLE_LENGTH = 250;

  @Override
  public PageLayout layout() {
    return PageLayout.RODONG_ARTICLE;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    LayoutFit fit = LayoutFit.none()
        .plus(RodongListParser.SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "rodong.rep.kp address");
    if (!page.isHtml()) {
      List<String> lines = page.lines();
      return fit.plus(!lines.isEmpty() && ISSUE_DATE_LINE.matcher(lines.get(0)).matches(), LayoutFit.MARKER,
              "issue date line")
          .plus(lines.size() > 2 && RodongListParser.DAY_SHOWN.matcher(lines.get(0)).matches()
              && CREDIT.matcher(lines.get(1)).matches(), LayoutFit.MARKER, "date bar, then the paper's name");
    }
    Document doc = page.document();
    return fit.plus(!doc.select(Css.of("div.ArticleMenuDate")).isEmpty(), LayoutFit.MARKER, "div.ArticleMenuDate")
        .plus(!doc.select(Css.of("p.ArticleContent")).isEmpty(), LayoutFit.SHARED, "p.ArticleContent");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    if (!page.isHtml()) {
      return parseText(page);
    }
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
   * A stored text rendering of an article of the newer site. Two forms are seen: the issue date alone on the first
   * line ({@code 2024.2.20.}), then the body (the title dropped); or the site's date bar
   * ({@code May. 28,Juche 113 (2024) Tuesday}), the paper's name and the title, then the body. The date bar is the
   * day the page was shown, not the article's (it headed an article of January 2023): only the address then dates
   * the article. The paper's name closing the text is its credit line.
   */
  private ParsedPage parseText(DecodedPage page) {
    List<String> lines = page.lines();
    List<String> warnings = new ArrayList<>();
    List<FoundDate> dates = new ArrayList<>();
    int first = 0;
    String title = null;
    if (!lines.isEmpty() && ISSUE_DATE_LINE.matcher(lines.get(0)).matches()) {
      Dates.record(DateForms.dotted(lines.get(0)), DateSource.RODONG_HEADER, dates, warnings);
      first = 1;
    } else if (!lines.isEmpty() && RodongListParser.DAY_SHOWN.matcher(lines.get(0)).matches()) {
      first = 1;
      if (first < lines.size() && CREDIT.matcher(lines.get(first)).matches()) {
        first++;
      }
      if (first < lines.size() && lines.get(first).length() <= MAX_TITLE_LENGTH && !lines.get(first).endsWith(".")) {
        title = lines.get(first++);
      }
    }
    Dates.record(AddressDates.read(page.address()), DateSource.ADDRESS, dates, warnings);
    List<String> body = new ArrayList<>(lines.subList(Math.min(first, lines.size()), lines.size()));
    if (!body.isEmpty() && CREDIT.matcher(body.get(body.size() - 1)).matches()) {
      body.remove(body.size() - 1);
    }
    ParsedArticle article = ArticleAssembler.assemble(title, BodyText.fromLines(body), dates, page.captureDate(),
        false, warnings);
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
