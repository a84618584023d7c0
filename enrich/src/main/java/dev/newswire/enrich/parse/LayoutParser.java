package dev.newswire.enrich.parse;

import dev.newswire.enrich.parse.page.DecodedPage;

/** One site layout: recognises its pages (by content and, when known, address) and reads them. Stateless. */
public interface LayoutParser {
  PageLayout layout();

  boolean recognises(DecodedPage page);

  ParsedPage parse(DecodedPage page);
}
