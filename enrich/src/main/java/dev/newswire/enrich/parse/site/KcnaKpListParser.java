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
import org.jsoup.nodes.Document;
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
  public LayoutFit fit(DecodedPage page) {
    return LayoutFit.none()
        .plus(page.isHtml() && !page.document().select(Css.of("ul.article-link li a")).isEmpty(), LayoutFit.MARKER,
            "ul.article-link list")
        .plus(KcnaKpArticleParser.SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "kcna.kp address");
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    List<String> warnings = new ArrayList<>();
    List<ParsedTeaser> teasers = rows(page.document(), warnings);
    return new ParsedPage(layout(), List.of(), teasers, warnings);
  }

  /** The rows of every {@code ul.article-link} on the page, once each; article pages carry such a list too. */
  static List<ParsedTeaser> rows(Document document, List<String> warnings) {
    LinkedHashSet<ParsedTeaser> teasers = new LinkedHashSet<>();
    for (Element item : document.select(Css.of("ul.article-link li"))) {
      Element link = item.selectFirst(Css.of("a"));
      if (link == null) {
        continue;
      }
      Element stamp = item.selectFirst(Css.of("span.publish-time"));
      String stampText = stamp == null ? "" : HtmlText.of(stamp);
      Optional<DateReading> date = DateForms.bracketed(stampText).or(() -> DateForms.dotted(stampText));
      Element titleOnly = link.clone();
      titleOnly.select(Css.of("span.publish-time")).remove();
      String title = DateForms.withoutBracketed(HtmlText.of(titleOnly));
      ListItems.teaser(title, null, date, ListItems.href(link), warnings).ifPresent(teasers::add);
    }
    return new ArrayList<>(teasers);
  }
}
