package dev.newswire.sink.store;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised starts of article bodies and teaser snippets, so that a teaser can be matched to the
 * article it announces by an indexed equality. KCNA Watch cuts the snippet from the first paragraph
 * at about 100 characters, often mid-word, so the snippet minus its last word is a prefix of the body.
 */
public final class LeadKey {
  /** Length of the indexed key; a snippet shorter than this after normalising links only by address. */
  public static final int KEY_LENGTH = 60;
  /** Length of the article's stored lead, against which the whole snippet is compared. */
  public static final int TEXT_LENGTH = 240;

  // leadEnd counts what this leaves: keep the two in step.
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f\\u200b]+");
  private static final Pattern ELLIPSIS = Pattern.compile("(\\.{3}|\u2026)\\s*$");

  private LeadKey() {}

  /** Lowercase, whitespace runs collapsed to one space, trimmed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String ascii = normaliseAscii(text, text.length());
    return ascii != null ? ascii : normaliseByPattern(text);
  }

  /** The definition, for any text. */
  static String normaliseByPattern(String text) {
    return SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * {@link #normaliseByPattern} of the text's first {@code end} characters when they are all ASCII, in one
   * pass by hand (the pattern and the lowercasing were most of the sink's work on a teaser); null when
   * one is not, for the pattern to do. In ASCII the pattern's spaces are {@code \s}, and lowercasing is A-Z.
   */
  private static String normaliseAscii(String text, int end) {
    char[] out = new char[end];
    int n = 0;
    boolean inSpace = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (isAsciiSpace(c)) {
        if (!inSpace) {
          out[n++] = ' ';
          inSpace = true;
        }
      } else {
        out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        inSpace = false;
      }
    }
    // trim() as after the pattern: it also drops the control characters the pattern keeps.
    return new String(out, 0, n).trim();
  }

  /** The first {@value #TEXT_LENGTH} normalised characters of an article body. */
  public static String articleLead(String body) {
    if (body == null) {
      return "";
    }
    int end = leadEnd(body);
    String lead = normaliseAscii(body, end);
    if (lead == null) {
      lead = normaliseByPattern(body.substring(0, end));
    }
    return lead.length() > TEXT_LENGTH ? lead.substring(0, TEXT_LENGTH) : lead;
  }

  /**
   * Where a body can be cut without changing its first {@value #TEXT_LENGTH} normalised characters:
   * at an ASCII space once more than that many solid characters precede it. Normalising the whole
   * body was a tenth of the sink's time. A space also ends the context that lowercasing a Greek final
   * sigma looks at, and lowercasing never shortens, so the cut changes nothing before it.
   */
  static int leadEnd(String body) {
    int solid = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (isAsciiSpace(c)) {
        if (solid > TEXT_LENGTH) {
          return i;
        }
      } else if (c > ' ' && c != '\u00a0' && c != '\u2007' && c != '\u202f' && c != '\u200b') {
        solid++;
      }
    }
    return body.length();
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
  }

  /**
   * A teaser snippet normalised, with a trailing ellipsis and its last word dropped: the site cuts
   * mid-word and we cannot tell whether it did. Null when nothing is left.
   */
  public static String teaserSnippet(String text) {
    String raw = text == null ? "" : text;
    String snippet = normaliseAscii(raw, withoutAsciiEllipsis(raw));
    if (snippet == null) {
      snippet = normaliseByPattern(ELLIPSIS.matcher(raw).replaceAll(""));
    }
    int lastSpace = snippet.lastIndexOf(' ');
    return lastSpace <= 0 ? null : snippet.substring(0, lastSpace);
  }

  /**
   * Where {@link #ELLIPSIS} would cut an ASCII text: before three dots followed by nothing but spaces
   * (which in ASCII include every line terminator that {@code $} looks past), else at its end.
   */
  private static int withoutAsciiEllipsis(String text) {
    int end = text.length();
    while (end > 0 && isAsciiSpace(text.charAt(end - 1))) {
      end--;
    }
    return end >= 3 && text.startsWith("...", end - 3) ? end - 3 : text.length();
  }

  /** The indexed key of a normalised lead or snippet; null when it is too short to be telling. */
  public static String key(String normalised) {
    return normalised == null || normalised.length() < KEY_LENGTH ? null : normalised.substring(0, KEY_LENGTH);
  }
}
