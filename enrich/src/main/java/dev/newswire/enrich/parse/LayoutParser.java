package dev.newswire.enrich.parse;

import dev.newswire.enrich.parse.page.DecodedPage;

/**
 * One site layout: says how well a page fits it (by content and, when known, address) and reads the pages it
 * is chosen for. Stateless.
 */
public interface LayoutParser {
  PageLayout layout();

  /** The signals of this layout found in the page; see {@link LayoutFit} for their weights. */
  LayoutFit fit(DecodedPage page);

  ParsedPage parse(DecodedPage page);
}
