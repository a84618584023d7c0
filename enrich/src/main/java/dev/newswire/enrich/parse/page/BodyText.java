package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.date.DateForms;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Article paragraphs from lines or elements: furniture dropped, footer and {@code -0-} end mark cut off. */
public final class BodyText {
  private BodyText() {
  }

  public static List<String> fromElements(Iterable<Element> elements) {
    List<String> lines = new ArrayList<>();
    for (Element e : elements) {
      lines.add(HtmlText.of(e));
    }
    return fromLines(lines);
  }

  /** Paragraphs up to and including the one carrying the end mark; anything after it is site furniture. */
  public static List<String> fromLines(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    for (String raw : lines) {
      if (Furniture.endsArticle(raw)) {
        break;
      }
      String line = DateForms.isFooter(raw) ? DateForms.withoutFooter(raw) : raw;
      if (line.isEmpty() || Furniture.isFurniture(line)) {
        continue;
      }
      boolean last = Prose.hasEndMark(line);
      line = Prose.withoutEndMark(line);
      if (!line.isEmpty()) {
        paragraphs.add(line);
      }
      if (last) {
        break;
      }
    }
    return paragraphs;
  }
}
