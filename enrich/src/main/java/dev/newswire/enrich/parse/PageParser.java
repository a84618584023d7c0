package dev.newswire.enrich.parse;

import dev.newswire.enrich.parse.page.DecodedPage;
import dev.newswire.enrich.parse.site.KcnaCoJpParser;
import dev.newswire.enrich.parse.site.KcnaKpArticleParser;
import dev.newswire.enrich.parse.site.KcnaKpListParser;
import dev.newswire.enrich.parse.site.KcnaKpRedesignArticleParser;
import dev.newswire.enrich.parse.site.KcnaKpRedesignListParser;
import dev.newswire.enrich.parse.site.KcnaWatchTextParser;
import dev.newswire.enrich.parse.site.RodongArticleParser;
import dev.newswire.enrich.parse.site.RodongListParser;
import dev.newswire.enrich.parse.site.UriminzokkiriParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point: finds which site layout a page fits best and hands it to that layout's parser.
 * Thread-safe and reusable: the layout parsers hold no state, all patterns are compiled once.
 * <p>
 * Every layout scores the page ({@link LayoutFit}); the best score wins, ties going to the earlier layout of
 * the list (the more specific markup first). A page whose best score is too low is unrecognised rather than
 * guessed at, and one that fits a second layout about as well says so in its warnings. An article needs a body:
 * one without is dropped, and a page left with neither article nor teaser is unrecognised too (a page of
 * furniture, or a bare footer, is no news).
 */
public final class PageParser {
  /** Bump whenever a rule changes what is extracted, so stored results can be told apart. */
  public static final String VERSION = "1.1.0";

  private static final List<LayoutParser> LAYOUTS = List.of(
      new RodongListParser(),
      new RodongArticleParser(),
      new KcnaKpRedesignListParser(),
      new KcnaKpArticleParser(),
      new KcnaKpListParser(),
      new KcnaKpRedesignArticleParser(),
      new UriminzokkiriParser(),
      new KcnaCoJpParser(),
      new KcnaWatchTextParser());

  public PageParser() {
  }

  public ParsedPage parse(PageInput input) throws PageParseException {
    if (input == null) {
      throw new PageParseException("No page was given to parse.");
    }
    DecodedPage page = DecodedPage.of(input);
    if (page.text().isBlank()) {
      throw new UnrecognisedPageException("The page is empty, so no layout can be recognised.");
    }
    List<Candidate> ranked = new ArrayList<>();
    for (LayoutParser layout : LAYOUTS) {
      ranked.add(new Candidate(layout, layout.fit(page)));
    }
    ranked.sort(Comparator.comparingInt((Candidate c) -> c.fit().score()).reversed());
    Candidate best = ranked.get(0);
    if (!best.fit().enough()) {
      throw new UnrecognisedPageException("No known page layout matches this page"
          + (page.hasAddress() ? " (" + page.address() + ")." : ".")
          + (best.fit().score() > 0 ? " The closest, " + best.layout().layout() + ", scores only "
          + best.fit().describe() + " of the " + LayoutFit.ENOUGH + " needed." : ""));
    }
    List<String> warnings = new ArrayList<>(page.warnings());
    Candidate second = ranked.get(1);
    if (second.fit().enough() && best.fit().score() - second.fit().score() <= LayoutFit.CLOSE) {
      warnings.add("the page fits " + best.layout().layout() + " " + best.fit().describe() + " and "
          + second.layout().layout() + " " + second.fit().describe() + " about equally; read as "
          + best.layout().layout());
    }
    ParsedPage parsed;
    try {
      parsed = best.layout().parse(page);
    } catch (RuntimeException e) {
      throw new PageParseException("The page looked like " + best.layout().layout()
          + " but could not be read: " + e.getMessage(), e);
    }
    List<ParsedArticle> articles = new ArrayList<>();
    for (ParsedArticle article : parsed.articles()) {
      if (article.paragraphs().isEmpty()) {
        warnings.add("dropped an article without body text"
            + (article.title() == null ? "" : " ('" + article.title() + "')"));
      } else {
        articles.add(article);
      }
    }
    if (articles.isEmpty() && parsed.teasers().isEmpty()) {
      throw new UnrecognisedPageException("The page looked like " + best.layout().layout() + " "
          + best.fit().describe() + " but holds no article with body text and no teaser"
          + (page.hasAddress() ? " (" + page.address() + ")." : "."));
    }
    warnings.addAll(parsed.warnings());
    return new ParsedPage(parsed.layout(), articles, parsed.teasers(), warnings);
  }

  private record Candidate(LayoutParser layout, LayoutFit fit) {
  }
}
