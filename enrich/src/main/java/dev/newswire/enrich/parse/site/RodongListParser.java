package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.LayoutFit;
import dev.newswire.enrich.parse.PageLayout;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.page.Css;
import dev.newswire.enrich.parse.page.HtmlText;
import dev.newswire.enrich.parse.LayoutParser;
import dev.newswire.enrich.parse.page.KcnaSigns;
import dev.newswire.enrich.parse.page.ListItems;
import dev.newswire.enrich.parse.page.DecodedPage;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rodong Sinmun English list page: rows with a {@code ListNewsLineDate} ({@code 2022.02.11}) and a link whose
 * target hides in {@code javascript:article_open('...')}. Its stored text renderings keep only the headlines, one
 * a line, without dates or links; each becomes a teaser with its title alone.
 */
public final class RodongListParser implements LayoutParser {
  static final Pattern SITE = Pattern.compile("(?i)(?:^|[/.])rodong\\.rep\\.kp(?:[:/]|$)");
  private static final int MIN_HEADLINE = 10;
  private static final int MAX_HEADLINE = 400;
  private static final Pattern ARTICLE_OPEN = Pattern.compile("(?i)article_open\\s*\\(\\s*['\"]([^'\"]+)['\"]");
  /** A row is the nearest ancestor of the date that also holds a link; rows are shallow. */
  private static final int MAX_ROW_DEPTH = 4;
  /**
   * The site's date bar as a text rendering keeps it, {@code Sep. 19,Juche 113 (2024) Thursday}: the day the page
   * was shown. On the stored renderings of the newer site it heads lists of other days and articles of other
   * years, so it is never a date of what the page holds.
   */
  static final Pattern DAY_SHOWN = Pattern.compile(
      "(?i)^\\p{L}{3,9}\\.?\\s*+\\d{1,2}\\s*+,\\s*+Juche\\s*+\\d{1,3}\\s*+\\(\\s*+\\d{4}\\s*+\\)\\s*+\\p{L}{0,9}$");
  /** The section path under it on a category list, {@code > Politics > 568}. */
  private static final Pattern SECTION_PATH = Pattern.compile("^>\\s*+\\p{L}[\\p{L} &',-]*+>\\s*+\\d+$");

  @Override
  public PageLayout layout() {
    return PageLayout.RODONG_LIST;
  }

  @Override
  public LayoutFit fit(DecodedPage page) {
    LayoutFit fit = LayoutFit.none().plus(SITE.matcher(page.address()).find(), LayoutFit.ADDRESS, "rodong.rep.kp address");
    if (!page.isHtml()) {
      return fit.plus(isHeadlineList(page), LayoutFit.SHARED, "bare headline lines")
          .plus(isSectionList(page.lines()), LayoutFit.MARKER, "date bar and section path");
    }
    return fit.plus(!page.document().select(Css.of(".ListNewsLineDate")).isEmpty(), LayoutFit.MARKER, ".ListNewsLineDate rows");
  }

  /** Text renderings keep only the headlines, one a line: no dateline, no end mark, each line mostly words. */
  private static boolean isHeadlineList(DecodedPage page) {
    List<String> lines = page.lines();
    if (lines.isEmpty()) {
      return false;
    }
    // The cheap test of every line first: a page of prose fails it at its first long line.
    for (String line : lines) {
      if (!isHeadline(line)) {
        return false;
      }
    }
    return !KcnaSigns.hasDateline(page) && !KcnaSigns.hasEndMark(page);
  }

  /** A category list as text: the date bar, the section path, then each item's headline and lead. */
  private static boolean isSectionList(List<String> lines) {
    return lines.size() >= 3 && DAY_SHOWN.matcher(lines.get(0)).matches() && SECTION_PATH.matcher(lines.get(1)).matches();
  }

  private static boolean isHeadline(String line) {
    if (line.length() < MIN_HEADLINE || line.length() > MAX_HEADLINE || !Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    int wordy = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ') {
        wordy++;
      }
    }
    return wordy * 10 >= line.length() * 9;
  }

  @Override
  public ParsedPage parse(DecodedPage page) {
    if (!page.isHtml()) {
      List<String> lines = page.lines();
      return new ParsedPage(layout(), List.of(), isSectionList(lines) ? sectionItems(lines) : headlines(lines), List.of());
    }
    List<String> warnings = new ArrayList<>();
    LinkedHashSet<ParsedTeaser> teasers = new LinkedHashSet<>();
    for (Element dateCell : page.document().select(Css.of(".ListNewsLineDate"))) {
      Element row = dateCell.parent();
      for (int depth = 1; row != null && row.selectFirst(Css.of("a")) == null && depth < MAX_ROW_DEPTH; depth++) {
        row = row.parent();
      }
      Element link = row == null ? null : row.selectFirst(Css.of("a"));
      if (link == null) {
        continue;
      }
      Element title = row.selectFirst(Css.of(".ListNewsLineTitle"));
      ListItems.teaser(HtmlText.of(title != null ? title : link), null, DateForms.dotted(HtmlText.of(dateCell)),
          target(link, page), warnings).ifPresent(teasers::add);
    }
    return new ParsedPage(layout(), List.of(), new ArrayList<>(teasers), warnings);
  }

  private static List<ParsedTeaser> headlines(List<String> lines) {
    List<ParsedTeaser> headlines = new ArrayList<>();
    for (String line : lines) {
      headlines.add(new ParsedTeaser(line, null, null, null, null, null));
    }
    return headlines;
  }

  /**
   * The items under the section path: a headline (no closing full stop), then its lead if one follows. Undated: the
   * date bar above them is the day the list was shown.
   */
  private static List<ParsedTeaser> sectionItems(List<String> lines) {
    List<ParsedTeaser> items = new ArrayList<>();
    for (int i = 2; i < lines.size(); i++) {
      String line = lines.get(i);
      if (closesWithFullStop(line)) {
        // A lead with no headline over it.
        items.add(new ParsedTeaser(null, line, null, null, null, null));
        continue;
      }
      String lead = i + 1 < lines.size() && closesWithFullStop(lines.get(i + 1)) ? lines.get(i + 1) : null;
      items.add(new ParsedTeaser(line, lead, null, null, null, null));
      if (lead != null) {
        i++;
      }
    }
    return items;
  }

  /** A lead, not a headline: headlines have no closing full stop (unlike Prose.isSentence, no more is asked). */
  private static boolean closesWithFullStop(String line) {
    return line.endsWith(".") || line.endsWith(".\u201d") || line.endsWith(".\"");
  }

  private static String target(Element link, DecodedPage page) {
    String href = link.attr("href");
    String script = href.regionMatches(true, 0, "javascript:", 0, 11) ? href : link.attr("onclick");
    Matcher m = ARTICLE_OPEN.matcher(script);
    if (!m.find()) {
      return ListItems.href(link);
    }
    String argument = m.group(1);
    if (!page.hasAddress() || argument.matches("(?i)^[a-z]+://.*")) {
      return argument;
    }
    try {
      return URI.create(page.address().strip()).resolve(argument.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return argument;
    }
  }
}
