package dev.newswire.testkit;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.DateEvidence;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.time.Instant;
import java.util.List;

/** Events shaped as the parser emits them, for tests. */
public final class Events {
  private Events() {}

  public static PageRef page(String address, String parserVersion) {
    return PageRef.newBuilder().setAddress(address).setCapturedAt(Instant.parse("2024-05-01T06:00:00Z"))
        .setLayout("KCNA_WATCH_TEXT").setParserVersion(parserVersion).build();
  }

  public static String articleId(PageRef page, int index) {
    return page.getAddress() + "#" + index;
  }

  public static Article article(PageRef page, int index, String title, String published, String body) {
    return Article.newBuilder().setId(articleId(page, index)).setPage(page).setIndexOnPage(index).setTitle(title)
        .setPublished(published).setPublishedSource(published == null ? null : "FOOTER").setDatesDisagree(false)
        .setDates(published == null ? List.of()
            : List.of(new DateEvidence(published, "FOOTER", "Juche 113." + published)))
        .setDatelinePlace("Pyongyang").setDatelineDate(published).setBody(body).setWarnings(List.of())
        .build();
  }

  /** A capture of a news item: the article at the page's position, as a copy of the item given. */
  public static Article capture(PageRef page, int index, String itemId, String title, String body,
      DateEvidence... dates) {
    DateEvidence chosen = dates.length == 0 ? null : dates[0];
    Article a = article(page, index, title, chosen == null ? null : chosen.getDate(), body);
    a.setItemId(itemId);
    a.setPublishedSource(chosen == null ? null : chosen.getSource());
    a.setDatesDisagree(List.of(dates).stream().map(DateEvidence::getDate).distinct().count() > 1);
    a.setDates(List.of(dates));
    return a;
  }

  public static DateEvidence date(String date, String source) {
    return new DateEvidence(date, source, source.toLowerCase() + " " + date);
  }

  /** What a parse of the page produced: its captures, each with its item. */
  public static PageParsed parsedCaptures(PageRef page, List<Article> captures, List<String> teaserIds) {
    PageParsed parsed = parsed(page, captures.stream().map(Article::getId).toList(), teaserIds);
    parsed.setArticleItemIds(captures.stream().map(Article::getItemId).toList());
    return parsed;
  }

  public static Teaser teaser(String id, PageRef page, int position, String text, String date, String link) {
    return Teaser.newBuilder().setId(id).setPage(page).setPosition(position).setTitle("Teaser " + id)
        .setText(text).setDate(date).setDateRaw(date).setDatelinePlace(null).setLink(link).build();
  }

  public static PageParsed parsed(PageRef page, List<String> articleIds, List<String> teaserIds) {
    return PageParsed.newBuilder().setPage(page).setArticleIds(articleIds).setTeaserIds(teaserIds)
        .setWarnings(List.of()).build();
  }

  /** The snippet KCNA Watch shows for a body: its first 100 characters, cut mid-word. */
  public static String snippetOf(String body) {
    String first = body.split("\n\n")[0];
    return first.length() <= 100 ? first : first.substring(0, 100);
  }
}
