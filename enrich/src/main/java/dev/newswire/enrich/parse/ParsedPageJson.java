package dev.newswire.enrich.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;

/**
 * The JSON form of a parsed page, as the {@code parse} command prints it: snake_case keys, ISO-8601 dates,
 * null where a value is absent, body as paragraphs joined by a blank line.
 */
public final class ParsedPageJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ParsedPageJson() {
  }

  /** Compact JSON. */
  public static String toJson(ParsedPage page) {
    return write(page, false);
  }

  /** Indented JSON for people. */
  public static String toPrettyJson(ParsedPage page) {
    return write(page, true);
  }

  private static String write(ParsedPage page, boolean pretty) {
    try {
      ObjectNode tree = tree(page);
      return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of strings cannot fail to serialise", e);
    }
  }

  static ObjectNode tree(ParsedPage page) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("layout", page.layout().name());
    ArrayNode articles = root.putArray("articles");
    for (ParsedArticle a : page.articles()) {
      ObjectNode node = articles.addObject();
      node.put("title", a.title());
      node.put("published", iso(a.published()));
      node.put("published_source", a.publishedSource() == null ? null : a.publishedSource().name());
      ArrayNode dates = node.putArray("dates");
      for (FoundDate f : a.dates()) {
        dates.addObject().put("date", iso(f.date())).put("source", f.source().name());
      }
      node.put("dateline_place", a.datelinePlace());
      node.put("dateline_date", iso(a.datelineDate()));
      node.put("body", a.body());
    }
    ArrayNode teasers = root.putArray("teasers");
    for (ParsedTeaser t : page.teasers()) {
      teasers.addObject()
          .put("title", t.title())
          .put("text", t.text())
          .put("date", iso(t.date()))
          .put("link", t.link());
    }
    ArrayNode warnings = root.putArray("warnings");
    // The JSON form has no per-article warnings, so theirs are listed with the page's.
    LinkedHashSet<String> all = new LinkedHashSet<>(page.warnings());
    page.articles().forEach(a -> all.addAll(a.warnings()));
    all.forEach(warnings::add);
    return root;
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
