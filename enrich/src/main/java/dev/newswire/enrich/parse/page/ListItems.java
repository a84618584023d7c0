package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.date.Dateline;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/** One row of a list page as a teaser: title, its own list date, link made absolute when the page address is known. */
public final class ListItems {
  private ListItems() {
  }

  public static Optional<ParsedTeaser> teaser(String title, String snippet, Optional<DateReading> date, String link,
                        List<String> warnings) {
    if ((title == null || title.isEmpty()) && (snippet == null || snippet.isEmpty())) {
      return Optional.empty();
    }
    date.map(DateReading::problem).ifPresent(warnings::add);
    String place = snippet == null ? null : Dateline.find(snippet).map(Dateline::place).orElse(null);
    return Optional.of(new ParsedTeaser(emptyToNull(title), emptyToNull(snippet),
        date.map(DateReading::date).orElse(null), date.map(DateReading::raw).orElse(null), place,
        emptyToNull(link)));
  }

  /** The link's target, absolute when the page address is known. */
  public static String href(Element link) {
    String absolute = link.absUrl("href");
    return absolute.isEmpty() ? link.attr("href") : absolute;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
