package dev.newswire.sink.store;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.Teaser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one SQL path by which events reach the tables, whatever the database. Works inside the
 * caller's transaction and never commits.
 *
 * <p>Order within a write: pages, then page-parsed events (record the parse, remove the sightings the
 * page's earlier parse produced and this one does not, recompute the articles they showed), then
 * article sightings (skipping those from a superseded parse) and the best version of every article
 * whose sightings changed, teasers, teaser sightings, and last the links between teasers and articles
 * from both sides, so a link is made whichever arrived first.
 */
final class RowWriter {
  private final Dialect dialect;
  private final ParseReconciler parses;
  private final ArticleRows articleRows;
  private final ArticleSightings articleSightings;
  private final TeaserRows teaserRows;

  RowWriter(Dialect dialect) {
    this.dialect = dialect;
    this.articleRows = new ArticleRows(dialect);
    this.parses = new ParseReconciler(dialect, articleRows);
    this.articleSightings = new ArticleSightings(dialect);
    this.teaserRows = new TeaserRows(dialect);
  }

  WriteCounts write(Connection c, Batch batch) throws SQLException {
    parses.insertPages(c, batch);
    ParseReconciler.Reconciled reconciled = parses.apply(c, batch.pagesParsed());
    // Within one batch the last event for a key wins, as if they had been written one by one;
    // PostgreSQL would refuse one multi-row upsert touching a row twice.
    Map<String, Sourced<Article>> captures = lastById(batch.articles(), a -> a.event().getId());
    Map<String, Sourced<Teaser>> teasers = lastById(batch.teasers(), t -> t.event().getId());
    Map<String, Sourced<Teaser>> sightings =
        lastById(batch.teasers(), t -> t.event().getId() + '\n' + t.event().getPage().getAddress());
    // The articles these captures show, and those they showed before (a new parse may move a capture).
    Set<String> articles = new LinkedHashSet<>();
    captures.values().forEach(a -> articles.add(ArticleSightings.articleId(a.event())));
    articles.addAll(ArticleSightings.articlesOf(dialect, c, captures.keySet()).values());
    Set<String> stored = articleRows.lock(c, articles);
    long written = articleSightings.upsert(c, captures.values());
    // An article that was not stored had no sightings (a refresh removes an article with none and
    // stores one with any): when no capture was skipped, those just written are all it has.
    Map<String, List<ArticleSighting>> known = new LinkedHashMap<>();
    if (written == captures.size()) {
      for (Sourced<Article> capture : captures.values()) {
        ArticleSighting sighting = ArticleSightings.of(capture.event());
        if (!stored.contains(sighting.articleId())) {
          known.computeIfAbsent(sighting.articleId(), id -> new ArrayList<>()).add(sighting);
        }
      }
    }
    ArticleRows.Refreshed refreshed = articleRows.refresh(c, articles, known);
    teaserRows.upsertTeasers(c, teasers.values());
    long sightingsWritten = teaserRows.upsertSightings(c, sightings.values());
    // A teaser whose only sighting was skipped as superseded must not stay behind without one. When no
    // sighting was skipped, every teaser of the batch has the one just written: nothing to look for.
    if (sightingsWritten < sightings.size()) {
      TeaserRows.removeUnseen(dialect, c, teasers.keySet());
    }
    ArticleRows.linkTeasers(dialect, c, articles);
    // The teasers of a removed article may announce another one in the store: the one that replaced it.
    Set<String> toLink = new LinkedHashSet<>(teasers.keySet());
    toLink.addAll(reconciled.orphanedTeasers());
    toLink.addAll(refreshed.orphanedTeasers());
    TeaserRows.link(dialect, c, toLink);
    return new WriteCounts(written, batch.teasers().size(), batch.pagesParsed().size(), 0,
        captures.size() - written, reconciled.staleArticles() + refreshed.removed());
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
