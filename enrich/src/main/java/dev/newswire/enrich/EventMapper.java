package dev.newswire.enrich;

import dev.newswire.enrich.parse.FoundDate;
import dev.newswire.enrich.parse.PageParser;
import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.ParsedPage;
import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns one parse of a page into the events of the contract. */
public final class EventMapper {
  private EventMapper() {}

  /** The events of one page: its articles, its distinct teasers, and the summary of the parse. */
  public record PageEvents(List<Article> articles, List<Teaser> teasers, PageParsed summary) {}

  public static PageEvents map(String address, Instant capturedAt, ParsedPage parsed) {
    PageRef page = PageRef.newBuilder()
        .setAddress(address)
        .setCapturedAt(capturedAt)
        .setLayout(parsed.layout().name())
        .setParserVersion(PageParser.VERSION)
        .build();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < parsed.articles().size(); i++) {
      articles.add(article(page, i, parsed.articles().get(i)));
    }
    // The same teaser may be listed twice on a page; one event per distinct teaser.
    Map<String, Teaser> teasers = new LinkedHashMap<>();
    for (ParsedTeaser t : parsed.teasers()) {
      String id = StableIds.teaser(t.link(), t.date(), t.title(), t.text());
      teasers.putIfAbsent(id, Teaser.newBuilder()
          .setId(id)
          .setPage(page)
          .setPosition(teasers.size())
          .setTitle(t.title())
          .setText(t.text())
          .setDate(iso(t.date()))
          .setDateRaw(t.dateRaw())
          .setDatelinePlace(t.datelinePlace())
          .setLink(t.link())
          .build());
    }
    PageParsed summary = PageParsed.newBuilder()
        .setPage(page)
        .setArticleIds(articles.stream().map(Article::getId).toList())
        .setArticleItemIds(articles.stream().map(Article::getItemId).toList())
        .setTeaserIds(List.copyOf(teasers.keySet()))
        .setWarnings(List.copyOf(parsed.warnings()))
        .build();
    return new PageEvents(articles, List.copyOf(teasers.values()), summary);
  }

  private static Article article(PageRef page, int index, ParsedArticle a) {
    List<DateEvidence> dates = a.dates().stream().map(EventMapper::evidence).toList();
    return Article.newBuilder()
        .setId(StableIds.article(page.getAddress(), index))
        .setItemId(ItemIdentity.of(a))
        .setPage(page)
        .setIndexOnPage(index)
        .setTitle(a.title())
        .setPublished(iso(a.published()))
        .setPublishedSource(a.publishedSource() == null ? null : a.publishedSource().name())
        .setDatesDisagree(a.datesDisagree())
        .setDates(dates)
        .setDatelinePlace(a.datelinePlace())
        .setDatelineDate(iso(a.datelineDate()))
        .setBody(String.join("\n\n", a.paragraphs()))
        .setWarnings(List.copyOf(a.warnings()))
        .build();
  }

  private static DateEvidence evidence(FoundDate d) {
    return DateEvidence.newBuilder().setDate(d.date().toString()).setSource(d.source().name()).setRaw(d.raw()).build();
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
