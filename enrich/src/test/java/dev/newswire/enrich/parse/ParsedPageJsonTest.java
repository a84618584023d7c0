package dev.newswire.enrich.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedPageJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void samplePageAsJson() throws Exception {
    ParsedPage page = Pages.parse("samples/kcna-watch-2023-12-04.txt", null, null, null);
    JsonNode json = MAPPER.readTree(ParsedPageJson.toJson(page));
    assertThat(json.get("layout").asText()).isEqualTo("KCNA_WATCH_TEXT");
    JsonNode article = json.get("articles").get(0);
    assertThat(article.get("title").isNull()).isTrue();
    assertThat(article.get("published").asText()).isEqualTo("2023-12-04");
    assertThat(article.get("published_source").asText()).isEqualTo("FOOTER");
    assertThat(article.get("dates").get(0).get("date").asText()).isEqualTo("2023-12-04");
    assertThat(article.get("dates").get(0).get("source").asText()).isEqualTo("FOOTER");
    assertThat(article.get("dateline_place").asText()).isEqualTo("Pyongyang");
    assertThat(article.get("dateline_date").asText()).isEqualTo("2023-12-04");
    assertThat(article.get("body").asText().split("\n\n")).hasSize(7);
    assertThat(json.get("teasers")).hasSize(20);
    JsonNode teaser = json.get("teasers").get(0);
    assertThat(teaser.get("date").asText()).isEqualTo("2026-02-14");
    assertThat(teaser.get("link").isNull()).isTrue();
    assertThat(teaser.get("text").asText()).startsWith("Pyongyang, February 14 (KCNA) -- Youth and students");
    assertThat(json.get("warnings").isArray()).isTrue();
  }

  @Test
  void absentValuesAreNullAndArticleWarningsAreListed() throws Exception {
    ParsedArticle undated = new ParsedArticle(null, null, null, false, List.of(), null, null,
        List.of("a", "b"), List.of("dateline has no year"));
    ParsedPage page = new ParsedPage(PageLayout.URIMINZOKKIRI, List.of(undated),
        List.of(new ParsedTeaser("t", null, LocalDate.of(2020, 1, 2), "x", null, "http://l")), List.of("page"));
    JsonNode json = MAPPER.readTree(ParsedPageJson.toPrettyJson(page));
    JsonNode article = json.get("articles").get(0);
    assertThat(article.get("published").isNull()).isTrue();
    assertThat(article.get("published_source").isNull()).isTrue();
    assertThat(article.get("dateline_date").isNull()).isTrue();
    assertThat(article.get("body").asText()).isEqualTo("a\n\nb");
    assertThat(json.get("teasers").get(0).get("text").isNull()).isTrue();
    assertThat(json.get("teasers").get(0).get("date").asText()).isEqualTo("2020-01-02");
    assertThat(json.get("warnings")).extracting(JsonNode::asText).containsExactly("page", "dateline has no year");
  }
}
