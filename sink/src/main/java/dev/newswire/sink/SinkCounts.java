package dev.newswire.sink;

/**
 * What a sink has written since it started: article events, teaser sightings, page-parsed events,
 * records sent to the dead-letter topic, and transactions committed. Distinct rows in the store are
 * in {@link dev.newswire.sink.store.StoreCounts}.
 */
public record SinkCounts(long articles, long sightings, long pages, long deadLetters, long batches) {}
