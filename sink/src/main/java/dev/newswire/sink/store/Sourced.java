package dev.newswire.sink.store;

/** An event together with the record it was read from. */
public record Sourced<T>(T event, Source source) {}
