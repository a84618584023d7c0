package dev.newswire.enrich.parse.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text of HTML elements the way a reader sees it. Two things naive extraction gets wrong on these sites:
 * block elements must break lines, and leader names wrapped in {@code <nobr><span class='fSpecCs'>} are set
 * without surrounding spaces in the source, so a word boundary must be restored around them (but not before
 * punctuation or a possessive).
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
      "h5", "h6", "tr", "td", "th", "table", "tbody", "thead", "article", "section", "header", "footer",
      "nav", "blockquote", "pre", "dd", "dt", "dl", "form", "hr", "main", "aside", "center", "title");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "select");
  private static final char SOFT_SPACE = '\u0001';
  private static final Pattern SOFT_BETWEEN_WORDS = Pattern.compile("(?<=[\\p{L}\\p{N}])\\u0001+(?=[\\p{L}\\p{N}])");
  private static final Pattern SOFT_ANY = Pattern.compile("\\u0001+");

  private HtmlText() {
  }

  /** The element's text on one line, cleaned with {@link Prose#clean}. */
  public static String of(Element element) {
    return Prose.cleanDecoded(raw(element).replace('\n', ' '));
  }

  /** The element's text split at block boundaries, each line cleaned, empty lines dropped. */
  public static List<String> lines(Element element) {
    List<String> lines = new ArrayList<>();
    for (String line : raw(element).split("\n")) {
      String clean = Prose.cleanDecoded(line);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }

  private static String raw(Element element) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new Collector(out), element);
    String s = SOFT_BETWEEN_WORDS.matcher(out).replaceAll(" ");
    return SOFT_ANY.matcher(s).replaceAll("");
  }

  static boolean isLeaderName(Element e) {
    return e.nameIs("nobr") || e.hasClass("fSpecCs");
  }

  private record Collector(StringBuilder out) implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (node instanceof Element e) {
        if (SKIPPED.contains(e.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(e.normalName())) {
          out.append('\n');
        } else if (isLeaderName(e)) {
          out.append(SOFT_SPACE);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          out.append('\n');
        } else if (isLeaderName(e)) {
          out.append(SOFT_SPACE);
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
