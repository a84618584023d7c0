package dev.newswire.enrich.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * One article read from a page.
 *
 * @param published       the publication date chosen by {@link dev.newswire.enrich.parse.date.DatePrecedence}, or null
 * @param publishedSource where {@code published} came from, or null
 * @param datesDisagree   true when the publication-date sources found name different days
 * @param dates           every date found for this article, with its source
 */
public record ParsedArticle(String title, LocalDate published, DateSource publishedSource, boolean datesDisagree,
    List<FoundDate> dates, String datelinePlace, LocalDate datelineDate,
    List<String> paragraphs, List<String> warnings) {
  public ParsedArticle {
    dates = List.copyOf(dates);
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The body as the JSON form carries it: paragraphs separated by a blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
