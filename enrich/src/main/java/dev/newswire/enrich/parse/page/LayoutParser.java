package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedPage;

/** One site layout: recognises its pages (by content and, when known, address) and reads them. Stateless. */
public interface LayoutParser {
    PageLayout layout();

    boolean recognises(PageSource page);

    ParsedPage parse(PageSource page);
}
