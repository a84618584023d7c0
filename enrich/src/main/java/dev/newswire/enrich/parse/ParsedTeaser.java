package dev.newswire.enrich.parse;

import java.time.LocalDate;

/** A pointer to another item (teaser block or list row): its own title, snippet, date and link, each nullable. */
public record ParsedTeaser(String title, String text, LocalDate date, String dateRaw, String datelinePlace, String link) {
}
