package dev.newswire.sink.store;

import java.time.LocalDate;

/** One article found by a search; {@code published} is null when the page justified no date. */
public record SearchHit(LocalDate published, String title, String address, String articleId) {}
