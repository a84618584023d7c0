package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.page.Css;
import dev.newswire.enrich.parse.page.HtmlText;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.ListItems;
import dev.newswire.enrich.parse.page.DecodedPage;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * kcna.kp list page after the mid-2026 redesign: {@code div.article > h5.block > a}, the date {@code [2026.7.9.]}
 * in a {@code <nobr>} beside or inside the link. These dates are what redesigned article pages lack.
 */
public final class KcnaKpRedesignListParser implements LayoutParser {

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_REDESIGN_LIST;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    return LayoutFit.none()
        .plus(page.isHtml() && !page.document().select(Css.of("div.article h5.block a")).isEmpty(), LayoutFit.MARKER,
            "div.article h5.block list")
        .plus(KcnaKpArticleParser.SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "kcna.kp address");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> warnings = new ArrayList<>();
    LinkedHashSet<ParsedTeaser> teasers = new LinkedHashSet<>();
    for (Element heading : page.document().select(Css.of("div.article h5.block"))) {
      Element link = heading.selectFirst(Css.of("a"));
      if (link == null) {
        continue;
      }
      Element row = heading.parent();
      Element nobr = heading.selectFirst(Css.of("nobr"));
      if (nobr == null && row != null) {
        nobr = row.selectFirst(Css.of("nobr"));
      }
      String dateText = nobr != null ? HtmlText.of(nobr) : HtmlText.of(heading);
      Optional<DateReading> date = DateForms.bracketed(dateText);
      Element titleOnly = link.clone();
      titleOnly.select(Css.of("nobr")).remove();
      String title = DateForms.withoutBracketed(HtmlText.of(titleOnly));
      Element snippet = row == null ? null : row.selectFirst(Css.of("p"));
      ListItems.teaser(title, snippet == null ? null : HtmlText.of(snippet), date, ListItems.href(link), warnings)
          .ifPresent(teasers::add);
    }
    return new ParsedPage(layout(), List.of(), new ArrayList<>(teasers), warnings);
  }
}
