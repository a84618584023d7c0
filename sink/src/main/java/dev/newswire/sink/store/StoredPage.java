package dev.newswire.sink.store;

/** A page as stored by the parse asked about: how many article captures (sightings) and teaser sightings it has. */
public record StoredPage(String address, long articles, long sightings) {}
