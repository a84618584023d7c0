package dev.newswire.enrich.parse;

import java.util.List;

/** Everything read from one page: its layout, its articles, the teasers it links to, and page-level warnings. */
public record ParsedPage(PageLayout layout, List<ParsedArticle> articles, List<ParsedTeaser> teasers, List<String> warnings) {
  public ParsedPage {
    articles = List.copyOf(articles);
    teasers = List.copyOf(teasers);
    warnings = List.copyOf(warnings);
  }
}
