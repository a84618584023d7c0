package dev.newswire.sink.store;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * What the store holds for a set of pages: how many distinct articles (news items) and how many
 * captures of them (article sightings) the pages show, the first articles in full, the distinct
 * teasers the pages show counted by date (newest first, undated under a null key, last), and how many
 * sightings of teasers the pages have.
 */
public record PagesSummary(long articles, long articleSightings, List<StoredArticle> firstArticles, SortedMap<LocalDate, Integer> teasersByDate,
    long sightings) {

  public int teasers() {
    return teasersByDate.values().stream().mapToInt(Integer::intValue).sum();
  }
}
