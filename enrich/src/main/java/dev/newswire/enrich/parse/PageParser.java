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
import java.util.List;

/**
 * Entry point: recognises which site layout a page has and hands it to that layout's parser.
 * Thread-safe and reusable: the layout parsers hold no state, all patterns are compiled once.
 * <p>
 * Recognisers are tried from the most specific markup to the most lenient text rule, so that a page carrying
 * another site's distinctive markers is never taken for a KCNA Watch text copy.
 */
public final class PageParser {
  /** Bump whenever a rule changes what is extracted, so stored results can be told apart. */
  public static final String VERSION = "1.0.0";

  private static final List<LayoutParser> LAYOUTS = List.of(
      new RodongListParser(),
      new RodongArticleParser(),
      new KcnaKpRedesignListParser(),
      new KcnaKpListParser(),
      new KcnaKpArticleParser(),
      new KcnaKpRedesignArticleParser(),
      new KcnaWatchTextParser(),
      new UriminzokkiriParser(),
      new KcnaCoJpParser(),
      new KcnaWatchTextParser(true));

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
    for (LayoutParser layout : LAYOUTS) {
      if (layout.recognises(page)) {
        try {
          ParsedPage parsed = layout.parse(page);
          if (page.warnings().isEmpty()) {
            return parsed;
          }
          List<String> warnings = new ArrayList<>(page.warnings());
          warnings.addAll(parsed.warnings());
          return new ParsedPage(parsed.layout(), parsed.articles(), parsed.teasers(), warnings);
        } catch (RuntimeException e) {
          throw new PageParseException("The page looked like " + layout.layout()
              + " but could not be read: " + e.getMessage(), e);
        }
      }
    }
    throw new UnrecognisedPageException("No known page layout matches this page"
        + (page.hasAddress() ? " (" + page.address() + ")." : "."));
  }
}
