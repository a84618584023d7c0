package dev.newswire.testkit;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The events the parser emits for {@link GeneratedPages}' pages, without a parser: per page its article,
 * a teaser for each item it announces and the page-parsed event. Teaser k announces the article of
 * page k, by its address (even k) or by its date and snippet (odd k). Pages without re-captures only:
 * the events carry no item ids, so every page is its own item.
 */
public final class PageEvents {
  private final GeneratedPages pages;

  public PageEvents(GeneratedPages pages) {
    if (pages.distinctArticles() != pages.count()) {
      throw new IllegalArgumentException("page events are generated for pages without re-captures only");
    }
    this.pages = pages;
  }

  public int pages() {
    return pages.count();
  }

  public static String address(int page) {
    return "https://kcnawatch.org/newstream/" + (1_700_000 + page);
  }

  public static String teaserId(int item) {
    return "teaser-" + item;
  }

  public PageRef page(int i) {
    return Events.page(address(i), "1.0");
  }

  public Article article(int i) {
    return Events.article(page(i), 0, "Report " + i, GeneratedPages.date(i).toString(), pages.body(i));
  }

  /** The items page i's teasers announce, in their order on the page. */
  public List<Integer> teasersOf(int page) {
    return List.copyOf(pages.announcedItems(page));
  }

  public List<Teaser> teasers(int page) {
    List<Teaser> out = new ArrayList<>();
    List<Integer> items = teasersOf(page);
    for (int p = 0; p < items.size(); p++) {
      int k = items.get(p);
      boolean byLink = k % 2 == 0;
      out.add(Events.teaser(teaserId(k), page(page), p,
          byLink ? "See the report" : Events.snippetOf(pages.body(k)), GeneratedPages.date(k).toString(),
          byLink ? address(k) : null));
    }
    return out;
  }

  public PageParsed parsed(int i) {
    return Events.parsed(page(i), List.of(Events.articleId(page(i), 0)),
        teasersOf(i).stream().map(PageEvents::teaserId).toList());
  }

  /** Page i's events in the order enrich sends them: article, teasers, page-parsed. */
  public List<Object> events(int i) {
    List<Object> out = new ArrayList<>();
    out.add(article(i));
    out.addAll(teasers(i));
    out.add(parsed(i));
    return out;
  }

  public Set<String> articleIds() {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < pages(); i++) {
      ids.add(Events.articleId(page(i), 0));
    }
    return ids;
  }

  public Set<String> teaserIds() {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < pages(); i++) {
      teasersOf(i).forEach(k -> ids.add(teaserId(k)));
    }
    return ids;
  }

  /** "teaser id | page address" for every sighting. */
  public Set<String> sightings() {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < pages(); i++) {
      for (int k : teasersOf(i)) {
        out.add(teaserId(k) + "|" + address(i));
      }
    }
    return out;
  }

  /** "teaser id | page address of the article it announces" for every teaser. */
  public Set<String> links() {
    Set<String> out = new TreeSet<>();
    teaserIds().forEach(id -> out.add(id + "|" + address(Integer.parseInt(id.substring("teaser-".length())))));
    return out;
  }
}
