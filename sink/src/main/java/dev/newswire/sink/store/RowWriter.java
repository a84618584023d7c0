package dev.newswire.sink.store;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one SQL path by which events reach the tables, whatever the database. Works inside the
 * caller's transaction and never commits.
 *
 * <p>Order within a write: pages, then page-parsed events (record the parse, remove what the page's
 * earlier parse produced and this one does not), then articles (skipping those from a superseded
 * parse), teasers, sightings, and last the links between teasers and articles from both sides, so a
 * link is made whichever arrived first.
 */
final class RowWriter {
  private final ParseReconciler parses;
  private final ArticleRows articleRows;
  private final TeaserRows teaserRows;

  RowWriter(Dialect dialect) {
    this.parses = new ParseReconciler(dialect);
    this.articleRows = new ArticleRows(dialect);
    this.teaserRows = new TeaserRows(dialect);
  }

  WriteCounts write(Connection c, Batch batch) throws SQLException {
    parses.insertPages(c, batch);
    ParseReconciler.Reconciled reconciled = parses.apply(c, batch.pagesParsed());
    // The teasers of a deleted article may announce another one in the store: the one that replaced it.
    TeaserRows.link(c, reconciled.orphanedTeasers());
    // Within one batch the last event for a key wins, as if they had been written one by one;
    // PostgreSQL would refuse one multi-row upsert touching a row twice.
    Map<String, Sourced<Article>> articles = lastById(batch.articles(), a -> a.event().getId());
    Map<String, Sourced<Teaser>> teasers = lastById(batch.teasers(), t -> t.event().getId());
    Map<String, Sourced<Teaser>> sightings =
        lastById(batch.teasers(), t -> t.event().getId() + '\n' + t.event().getPage().getAddress());
    long written = articleRows.upsert(c, articles.values());
    teaserRows.upsertTeasers(c, teasers.values());
    teaserRows.upsertSightings(c, sightings.values());
    // A teaser whose only sighting was skipped as superseded must not stay behind without one.
    TeaserRows.removeUnseen(c, teasers.keySet());
    ArticleRows.linkTeasers(c, articles.keySet());
    TeaserRows.link(c, teasers.keySet());
    return new WriteCounts(written, batch.teasers().size(), batch.pagesParsed().size(), 0,
        articles.size() - written, reconciled.staleArticles());
  }

  private static <T> Map<String, T> lastById(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      out.remove(id.apply(item));
      out.put(id.apply(item), item);
    }
    return out;
  }
}
