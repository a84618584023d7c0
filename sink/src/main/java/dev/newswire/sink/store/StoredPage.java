package dev.newswire.sink.store;

/** A page as stored by the parse asked about: how many articles and teaser sightings it has. */
public record StoredPage(String address, long articles, long sightings) {}
