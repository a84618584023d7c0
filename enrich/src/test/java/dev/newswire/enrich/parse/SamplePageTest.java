package dev.newswire.enrich.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance test on the one real page: a KCNA Watch copy cut to start at the body. */
class SamplePageTest {
  private static ParsedPage page;

  @BeforeAll
  static void parseSample() throws PageParseException {
    page = Pages.parse("samples/kcna-watch-2023-12-04.txt", null, null, null);
  }

  @Test
  void isOneKcnaWatchArticle() {
    assertThat(page.layout()).isEqualTo(PageLayout.KCNA_WATCH_TEXT);
    assertThat(page.articles()).hasSize(1);
  }

  @Test
  void publishedFromTheJucheFooter() {
    ParsedArticle article = page.articles().get(0);
    assertThat(article.published()).isEqualTo(LocalDate.of(2023, 12, 4));
    assertThat(article.publishedSource()).isEqualTo(DateSource.FOOTER);
    assertThat(article.dates()).anySatisfy(f -> {
      assertThat(f.source()).isEqualTo(DateSource.FOOTER);
      assertThat(f.raw()).contains("Juche112.12.4.");
    });
    assertThat(article.datesDisagree()).isFalse();
  }

  @Test
  void datelineIsPyongyangOnTheSameDay() {
    ParsedArticle article = page.articles().get(0);
    assertThat(article.datelinePlace()).isEqualTo("Pyongyang");
    assertThat(article.datelineDate()).isEqualTo(LocalDate.of(2023, 12, 4));
  }

  @Test
  void bodyYearMentionIsNotADate() {
    ParsedArticle article = page.articles().get(0);
    assertThat(article.dates()).extracting(FoundDate::date).containsOnly(LocalDate.of(2023, 12, 4));
    assertThat(article.dates()).extracting(FoundDate::source)
        .containsExactlyInAnyOrder(DateSource.FOOTER, DateSource.DATELINE);
  }

  @Test
  void exactlySevenBodyParagraphsWithoutFurniture() {
    List<String> paragraphs = page.articles().get(0).paragraphs();
    assertThat(paragraphs).hasSize(7);
    assertThat(paragraphs.get(0)).startsWith(
        "Pyongyang, December 4 (KCNA) -- The year Juche 112 (2023) witnessed");
    assertThat(paragraphs.get(6)).endsWith("sports and other sectors.");
    assertThat(String.join("\n", paragraphs))
        .doesNotContain("-0-", "www.kcna.kp", "More From", "More Articles", "February 14, 2026");
  }

  @Test
  void twentyDistinctTeasersWithTheirOwnDates() {
    assertThat(page.teasers()).hasSize(20);
    assertThat(page.teasers()).doesNotHaveDuplicates();
    Map<LocalDate, Long> perDay = page.teasers().stream()
        .collect(Collectors.groupingBy(ParsedTeaser::date, Collectors.counting()));
    assertThat(perDay).containsOnly(
        Map.entry(LocalDate.of(2026, 2, 14), 8L),
        Map.entry(LocalDate.of(2026, 2, 13), 11L),
        Map.entry(LocalDate.of(2026, 2, 12), 1L));
  }

  @Test
  void teaserMentioningNovember2024IsStillDatedByItsDateLine() {
    ParsedTeaser teaser = page.teasers().stream()
        .filter(t -> t.text().startsWith("One day in November 2024")).findFirst().orElseThrow();
    assertThat(teaser.date()).isEqualTo(LocalDate.of(2026, 2, 12));
    assertThat(teaser.dateRaw()).isEqualTo("February 12, 2026");
    assertThat(teaser.datelinePlace()).isNull();
  }

  @Test
  void teasersWithADatelineNamePyongyang() {
    Map<Boolean, List<ParsedTeaser>> byDateline = page.teasers().stream()
        .collect(Collectors.partitioningBy(t -> t.text().startsWith("Pyongyang,")));
    assertThat(byDateline.get(true)).hasSize(19).allSatisfy(t -> assertThat(t.datelinePlace()).isEqualTo("Pyongyang"));
    assertThat(byDateline.get(false)).hasSize(1).allSatisfy(t -> assertThat(t.datelinePlace()).isNull());
  }

  @Test
  void teaserSnippetsHaveTheirStraySpacesRemoved() {
    assertThat(page.teasers()).extracting(ParsedTeaser::text)
        .anySatisfy(t -> assertThat(t).contains("Kim Jong Un, general secretary"))
        .noneSatisfy(t -> assertThat(t).contains("Kim Jong Un ,"));
  }
}
