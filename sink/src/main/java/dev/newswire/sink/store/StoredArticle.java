package dev.newswire.sink.store;

import java.time.LocalDate;

/** An article as stored; {@code published} and {@code publishedSource} are null when the page gave no date. */
public record StoredArticle(LocalDate published, String publishedSource, String datelinePlace, String title,
    String body) {}
