package dev.newswire.sink;

import dev.newswire.sink.store.StoreCounts;

/**
 * What a sink has written since it started: article events, teaser events (each a sighting of a
 * teaser on a page), page-parsed events, records sent to the dead-letter topic, and transactions
 * committed. Distinct rows in the store are in {@link StoreCounts}.
 */
public record SinkCounts(long articles, long teaserEvents, long pagesParsed, long deadLetters, long batches) {}
