package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
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
 * kcna.kp list page of the publish-time era: {@code ul.article-link li a} with {@code span.publish-time}
 * inside holding {@code [2024.06.15]} (a Juche year before late 2024). Every row becomes a teaser.
 */
public final class KcnaKpListParser implements LayoutParser {

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_LIST;
  }

  @Override
  public boolean recognises(DecodedPage page) {
    return page.isHtml() && !page.document().select("ul.article-link li a").isEmpty();
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> warnings = new ArrayList<>();
    LinkedHashSet<ParsedTeaser> teasers = new LinkedHashSet<>();
    for (Element item : page.document().select("ul.article-link li")) {
      Element link = item.selectFirst("a");
      if (link == null) {
        continue;
      }
      Element stamp = item.selectFirst("span.publish-time");
      String stampText = stamp == null ? "" : HtmlText.of(stamp);
      Optional<DateReading> date = DateForms.bracketed(stampText).or(() -> DateForms.dotted(stampText));
      Element titleOnly = link.clone();
      titleOnly.select("span.publish-time").remove();
      String title = DateForms.withoutBracketed(HtmlText.of(titleOnly));
      ListItems.teaser(title, null, date, ListItems.href(link), warnings).ifPresent(teasers::add);
    }
    return new ParsedPage(layout(), List.of(), new ArrayList<>(teasers), warnings);
  }
}
