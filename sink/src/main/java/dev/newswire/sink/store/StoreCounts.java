package dev.newswire.sink.store;

/** Rows in the store's tables; {@code linkedTeasers}: teasers whose article is in the store. */
public record StoreCounts(long pages, long articles, long teasers, long sightings, long linkedTeasers) {}
