package dev.newswire.sink.store;

/**
 * What one write did: article events (sightings) written, teaser events (sightings) and page-parsed
 * events applied, events rejected. {@code staleSkipped}: article events from a parse the page has since
 * been parsed past; {@code staleDeleted}: articles removed because no page shows them any more.
 */
public record WriteCounts(long articles, long teaserEvents, long pagesParsed, long rejected,
    long staleSkipped, long staleDeleted) {

  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0, 0);

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(articles + o.articles, teaserEvents + o.teaserEvents, pagesParsed + o.pagesParsed,
        rejected + o.rejected, staleSkipped + o.staleSkipped, staleDeleted + o.staleDeleted);
  }
}
