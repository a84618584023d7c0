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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * kcna.kp list page of the publish-time era: {@code ul.article-link li a} with {@code span.publish-time}
 * inside holding {@code [2024.06.15]} (a Juche year before late 2024). Every row becomes a teaser.
 *
 * <p>The English home page of the same era (a real copy of 4 August 2024) lists articles another way: each widget
 * row is {@code <a href='/en/article/q/<hex>.kcmsf'>title</a> <span class='datemark'><nobr>[Juche113.8.4.]</nobr></span>},
 * and one article shows in several widgets. Those rows are read too, once per article link; photo and video rows
 * ({@code /media/}) are not articles and are left out.
 */
public final class KcnaKpListParser implements LayoutParser {
  /** An article page of the publish-time era, {@code /en/article/q/<hex>.kcmsf}. */
  private static final Pattern ARTICLE_LINK = Pattern.compile("/article/q/[0-9a-f]+\\.kcmsf");

  @Override
  public PageLayout layout() {
    return PageLayout.KCNA_KP_LIST;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    return LayoutFit.none()
        .plus(page.isHtml() && !page.document().select(Css.of("ul.article-link li a")).isEmpty(), LayoutFit.MARKER,
            "ul.article-link list")
        .plus(page.isHtml() && !datemarkRows(page.document()).isEmpty(), LayoutFit.MARKER,
            "article links with span.datemark")
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
      Optional<DateReading> date = stampDate(stamp == null ? "" : HtmlText.of(stamp));
      Element titleOnly = link.clone();
      titleOnly.select(Css.of("span.publish-time")).remove();
      String title = DateForms.withoutBracketed(HtmlText.of(titleOnly));
      ListItems.teaser(title, null, date, ListItems.href(link), warnings).ifPresent(teasers::add);
    }
    Set<String> seenLinks = new HashSet<>();
    for (Element[] row : datemarkRows(document)) {
      String href = ListItems.href(row[0]);
      if (!seenLinks.add(href)) {
        continue;
      }
      ListItems.teaser(HtmlText.of(row[0]), null, stampDate(HtmlText.of(row[1])), href, warnings).ifPresent(teasers::add);
    }
    return new ArrayList<>(teasers);
  }

  /** A row's stamp, {@code [2024.06.15]} or {@code [Juche113.8.4.]}, bracketed or bare. */
  private static Optional<DateReading> stampDate(String stampText) {
    return DateForms.bracketed(stampText).or(() -> DateForms.dotted(stampText));
  }

  /** Home-page rows: an article link and the {@code span.datemark} right after it, as {link, stamp}. */
  private static List<Element[]> datemarkRows(Document document) {
    List<Element[]> rows = new ArrayList<>();
    for (Element stamp : document.select(Css.of("span.datemark"))) {
      Element link = stamp.previousElementSibling();
      if (link != null && link.normalName().equals("a") && ARTICLE_LINK.matcher(link.attr("href")).find()) {
        rows.add(new Element[] {link, stamp});
      }
    }
    return rows;
  }
}
