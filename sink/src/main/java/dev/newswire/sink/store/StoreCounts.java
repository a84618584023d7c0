package dev.newswire.sink.store;

/**
 * Rows in the store's tables; {@code sightings}: teaser sightings; {@code linkedTeasers}: teasers whose
 * article is in the store; {@code articleSightings}: captures of articles.
 */
public record StoreCounts(long pages, long articles, long teasers, long sightings, long linkedTeasers,
    long articleSightings) {}
