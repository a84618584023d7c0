package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.PageInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * A page decoded once and shared by the layout recognisers: its text, whether it is HTML, and (lazily) its DOM
 * and its lines. One instance per parse call; not shared between threads.
 */
public final class DecodedPage {
  private static final LineRule HTML_SIGNS = LineRule.finding(Pattern.compile(
      "(?i)<(?:!doctype\\s+html|html|head|body|div|p|table|span|br|meta|title|article|ul)[\\s/>]"),
      head -> head.indexOf('<') >= 0);
  private static final int SNIFF_CHARS = 4096;

  private final String address;
  private final String text;
  private final boolean html;
  private final LocalDate captureDate;
  private final List<String> warnings;
  private Document document;
  private List<String> lines;
  private final Boolean[] signs = new Boolean[Sign.values().length];

  /** The shared signs of {@link KcnaSigns}, each read from the lines once. */
  enum Sign { DATELINE, FOOTER, END_MARK }

  private DecodedPage(String address, String text, boolean html, LocalDate captureDate, List<String> warnings) {
    this.address = address;
    this.text = text;
    this.html = html;
    this.captureDate = captureDate;
    this.warnings = warnings;
  }

  public static DecodedPage of(PageInput input) {
    PageDecoder.Decoded decoded = PageDecoder.decode(input.content(), input.contentType());
    String text = decoded.text();
    return new DecodedPage(input.address(), text, looksLikeHtml(text, input.contentType()), input.captureDate(),
        new ArrayList<>(decoded.warnings()));
  }

  /**
   * An HTML or XML label is believed; {@code text/plain} often says no more than a file's {@code .txt} name or a
   * server's default, so a page so labelled is HTML when it opens with a tag, and an unlabelled one when its
   * first 4 KiB show any sign of HTML.
   */
  static boolean looksLikeHtml(String text, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xml")) {
      return true;
    }
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    if (type.startsWith("text/plain") && !head.stripLeading().startsWith("<")) {
      return false;
    }
    return HTML_SIGNS.test(head);
  }

  /** The address, or an empty string when unknown, so recognisers can test it without null checks. */
  public String address() {
    return address == null ? "" : address;
  }

  public boolean hasAddress() {
    return address != null && !address.isBlank();
  }

  public String text() {
    return text;
  }

  public boolean isHtml() {
    return html;
  }

  public LocalDate captureDate() {
    return captureDate;
  }

  /** Warnings about the page as a whole (decoding); parsers add their own. */
  public List<String> warnings() {
    return warnings;
  }

  public Document document() {
    if (document == null) {
      document = Jsoup.parse(html ? text : "<pre>" + Entities.escape(text) + "</pre>",
          address == null ? "" : address);
    }
    return document;
  }

  /** Non-empty cleaned lines: the text's own lines, or the HTML body broken at block elements. */
  public List<String> lines() {
    if (lines == null) {
      if (html) {
        lines = HtmlText.lines(document().body());
      } else {
        lines = textLines(text);
      }
    }
    return lines;
  }

  boolean sign(Sign sign) {
    Boolean known = signs[sign.ordinal()];
    if (known == null) {
      known = switch (sign) {
        case DATELINE -> KcnaSigns.hasDateline(lines());
        case FOOTER -> KcnaSigns.hasFooter(lines());
        case END_MARK -> KcnaSigns.hasEndMark(lines());
      };
      signs[sign.ordinal()] = known;
    }
    return known;
  }

  /** The cleaned non-empty lines of a text, split where {@code \\R} would split it, by hand: split() was a tenth of a parse. */
  static List<String> textLines(String text) {
    List<String> out = new ArrayList<>();
    if (!onlyNewlines(text)) {
      splitAnyTerminator(text, out);
      return out;
    }
    // The usual case, \n alone: String.indexOf is a vectorised intrinsic, a loop over the characters is not.
    for (int start = 0; start <= text.length(); ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      addClean(text.substring(start, end), out);
      start = end + 1;
    }
    return out;
  }

  private static boolean onlyNewlines(String text) {
    return text.indexOf('\r') < 0 && text.indexOf('\u000b') < 0 && text.indexOf('\f') < 0 && text.indexOf('\u0085') < 0
        && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  }

  private static void splitAnyTerminator(String text, List<String> out) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      // \n, \u000b, \f and \r are 10 to 13.
      if (c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029') {
        addClean(text.substring(start, i), out);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
  }

  private static void addClean(String raw, List<String> out) {
    String clean = Prose.clean(raw);
    if (!clean.isEmpty()) {
      out.add(clean);
    }
  }



  /** The guarded patterns, for the equivalence test. */
  static List<LineRule> rules() {
    return List.of(HTML_SIGNS);
  }
}
