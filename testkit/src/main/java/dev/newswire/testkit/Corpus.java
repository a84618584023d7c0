package dev.newswire.testkit;

import dev.newswire.schemas.avro.Article;
import dev.newswire.schemas.avro.PageParsed;
import dev.newswire.schemas.avro.PageRef;
import dev.newswire.schemas.avro.Teaser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generated pages as the parser would emit them: each page has one article and a few teasers drawn
 * from a shared pool, so teasers repeat across pages. Teaser k announces the article of page k, by
 * its address (even k) or by its date and snippet (odd k).
 */
public final class Corpus {
  private static final String[] PLACES = {"Kangdong", "Ryonpho", "Hamhung", "Sinuiju", "Wonsan", "Kaesong"};

  public final int pages;
  public final List<List<Integer>> teasersOfPage = new ArrayList<>();

  public Corpus(int pages, int pool, int perPage, long seed) {
    this.pages = pages;
    Random random = new Random(seed);
    List<Integer> all = new ArrayList<>();
    for (int k = 0; k < pool; k++) {
      all.add(k);
    }
    for (int i = 0; i < pages; i++) {
      Collections.shuffle(all, random);
      teasersOfPage.add(List.copyOf(all.subList(0, perPage)));
    }
  }

  public static String address(int page) {
    return "https://kcnawatch.org/newstream/" + (1_700_000 + page);
  }

  public PageRef page(int i) {
    return Events.page(address(i), "1.0");
  }

  public static String published(int i) {
    return LocalDate.of(2024, 1, 1).plusDays(i % 365).toString();
  }

  public static String body(int i) {
    return "Report " + i + ": workers of the " + PLACES[i % PLACES.length] + " complex overfulfilled their"
        + " monthly plan ahead of schedule, greeting the party congress with labour feats.\n\n"
        + "The success was reported at a meeting held on the spot.";
  }

  public Article article(int i) {
    return Events.article(page(i), 0, "Report " + i, published(i), body(i));
  }

  public static String teaserId(int k) {
    return "teaser-" + k;
  }

  public Teaser teaser(int k, int page, int position) {
    boolean byLink = k % 2 == 0;
    return Events.teaser(teaserId(k), page(page), position,
        byLink ? "See the report" : Events.snippetOf(body(k)), published(k), byLink ? address(k) : null);
  }

  public List<Teaser> teasers(int page) {
    List<Teaser> out = new ArrayList<>();
    List<Integer> ks = teasersOfPage.get(page);
    for (int p = 0; p < ks.size(); p++) {
      out.add(teaser(ks.get(p), page, p));
    }
    return out;
  }

  public PageParsed parsed(int i) {
    return Events.parsed(page(i), List.of(Events.articleId(page(i), 0)),
        teasersOfPage.get(i).stream().map(Corpus::teaserId).toList());
  }

  public Set<String> articleIds() {
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < pages; i++) {
      ids.add(Events.articleId(page(i), 0));
    }
    return ids;
  }

  public Set<String> teaserIds() {
    Set<String> ids = new TreeSet<>();
    teasersOfPage.forEach(ks -> ks.forEach(k -> ids.add(teaserId(k))));
    return ids;
  }

  /** "teaser id | page address" for every sighting. */
  public Set<String> sightings() {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < pages; i++) {
      for (int k : teasersOfPage.get(i)) {
        out.add(teaserId(k) + "|" + address(i));
      }
    }
    return out;
  }
}
