package dev.newswire.enrich;

import dev.newswire.enrich.parse.ParsedArticle;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.text.Cheap;
import dev.newswire.enrich.parse.text.LineRule;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which news item an article is, worked out from one capture alone, so that every copy of the item
 * (two captures, the KCNA Watch copy and the kcna.kp original, the kcna.co.jp mirror, a Wayback
 * capture) gets the same id and the store keeps one article with a sighting per copy.
 *
 * <p>The rule: an item is
 * <ol>
 *   <li>its agency, as named in the dateline's brackets ({@code (KCNA)}; any bracket naming KCNA, such
 *       as {@code KNS-KCNA}, counts as KCNA), or none when there is no dateline;</li>
 *   <li>its dateline place (folded) and dateline date: the item's own day, printed the same on every
 *       copy. Only when there is no dateline date does the publication date stand in: it is the one
 *       date that differs between copies (a KCNA Watch header, the kcna.kp footer and the kcna.co.jp
 *       address can be a day apart), so it is used only where nothing better exists;</li>
 *   <li>the lead: the first {@value #LEAD_LETTERS} letters and digits of the body after the dateline,
 *       lowercased after Unicode compatibility folding, with every space, punctuation mark and
 *       symbol removed. Whitespace, quotes, dashes, case, line breaks, the {@code -0-} end mark and
 *       glued names ({@code KimJongUn} against {@code Kim Jong Un}) therefore do not count, and a
 *       copy cut anywhere after the lead (mid-body, as KCNA Watch truncates) is the same item.</li>
 * </ol>
 * The title is left out on purpose: copies differ in it (case, punctuation, a KCNA Watch text copy
 * carrying none, a page whose furniture was taken for one), and {@value #LEAD_LETTERS} letters after the
 * dateline go well past KCNA's longest formula ("Kim Jong Un, general secretary of the Workers' Party of
 * Korea and president of the State Affairs of the Democratic People's Republic of Korea" is 115).
 *
 * <p>Known limits and edges:
 * <ul>
 *   <li>Two items with the same place, the same dateline day and the same first {@value #LEAD_LETTERS}
 *       letters are taken for one (a series of identical notices on one day); the store then keeps the
 *       most complete body and every capture as a sighting.</li>
 *   <li>A corrected re-issue whose correction lies beyond the lead is the same item: the most complete
 *       capture's body is shown (see the store), not necessarily the corrected one. A correction within
 *       the lead makes a second item.</li>
 *   <li>A copy cut before {@value #LEAD_LETTERS} letters, or a copy whose parser took furniture into the
 *       start of the body, is a different item.</li>
 *   <li>Copies that print no dateline date and whose publication dates differ by a day are two items;
 *       so are copies whose dateline year was resolved differently (a December dateline read against
 *       January on one copy and against December on the other).</li>
 *   <li>A KCNA Watch copy of a dateline-less Rodong Sinmun article and the original are one item only
 *       when their bodies start with the same words.</li>
 * </ul>
 */
public final class ItemIdentity {
  /** Letters and digits of the body, after the dateline, that make the fingerprint. */
  public static final int LEAD_LETTERS = 160;

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Tried at every character of a short body, the pattern was a fifth of mapping an article to its event; only
  // a body that ends, spaces and line breaks aside, in the mark can match.
  private static final LineRule END_MARK = LineRule.finding(Pattern.compile("(?<!\\s)\\s*+-0-\\s*+$"),
      ItemIdentity::endsWithMark);

  private ItemIdentity() {}

  /** The item id of an article read from one capture: {@code i-} and a hash of the rule's parts. */
  public static String of(ParsedArticle article) {
    String body = article.body();
    Optional<Dateline> dateline = Dateline.find(body);
    String lead = lead(dateline.map(d -> afterDateline(body, d)).orElse(body));
    LocalDate day = article.datelineDate() != null ? article.datelineDate() : article.published();
    String place = article.datelinePlace() != null ? article.datelinePlace() : dateline.map(Dateline::place).orElse(null);
    return StableIds.item(agency(dateline.map(Dateline::agency).orElse(null)), fold(place),
        day == null ? "-" : day.toString(), lead);
  }

  /** The fingerprint text of a body (already without its dateline): its first letters and digits, folded. */
  static String lead(String body) {
    // Folding a whole body cost more than the rest of its parse; the lead needs only its start. Folding
    // acts on a character and its neighbours only, so a prefix folded to well past the lead gives the
    // same first letters (and the end mark lies beyond it).
    int prefix = LEAD_LETTERS * 4;
    if (body.length() > prefix) {
      String start = fold(body.substring(0, prefix));
      if (start.length() >= LEAD_LETTERS + 32) {
        return start.substring(0, LEAD_LETTERS);
      }
    }
    String folded = fold(END_MARK.mayMatch(body) ? END_MARK.pattern().matcher(body).replaceAll("") : body);
    return folded.length() > LEAD_LETTERS ? folded.substring(0, LEAD_LETTERS) : folded;
  }

  static String agency(String bracket) {
    if (bracket == null) {
      return "-";
    }
    String agency = bracket.toUpperCase(Locale.ROOT);
    return agency.contains("KCNA") ? "KCNA" : fold(agency);
  }

  /** Letters and digits only, compatibility-folded and lowercased: all that is left is the words. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String ascii = foldAscii(text);
    if (ascii != null) {
      return ascii;
    }
    return foldAny(text);
  }

  /** {@link #fold} by NFKC and a pattern, for any text. */
  static String foldAny(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_LETTER_OR_DIGIT.matcher(compatible).replaceAll("");
  }

  /**
   * {@link #fold} of a text all in ASCII (most bodies), by hand; null for any other. NFKC leaves ASCII as it
   * is, and ASCII's letters and digits are its only {@code \\p{L}} and {@code \\p{N}}.
   */
  private static String foldAscii(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        out[n++] = (char) (c + 32);
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  private static boolean endsWithMark(String body) {
    int end = body.length();
    while (end > 0 && isSpaceOrLineEnd(body.charAt(end - 1))) {
      end--;
    }
    return body.startsWith("-0-", end - 3);
  }

  /** {@code \\s} and the line terminators {@code $} may stand before. */
  private static boolean isSpaceOrLineEnd(char c) {
    return Cheap.isRegexSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The guarded end-mark pattern, for the equivalence test. */
  static LineRule endMarkRule() {
    return END_MARK;
  }

  private static String afterDateline(String body, Dateline dateline) {
    int at = body.indexOf(dateline.raw());
    return at < 0 ? body : body.substring(at + dateline.raw().length());
  }
}
