package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.Dateline;

import java.util.List;

/**
 * Signs of a KCNA item that several layouts share, read from a page's lines for {@code LayoutFit} scores: each
 * is read once per page ({@link DecodedPage} keeps the answer), whichever layouts ask.
 */
public final class KcnaSigns {
  private KcnaSigns() {
  }

  public static boolean hasDateline(DecodedPage page) {
    return page.sign(DecodedPage.Sign.DATELINE);
  }

  public static boolean hasFooter(DecodedPage page) {
    return page.sign(DecodedPage.Sign.FOOTER);
  }

  public static boolean hasEndMark(DecodedPage page) {
    return page.sign(DecodedPage.Sign.END_MARK);
  }

  /** A line that opens with a dateline, {@code Pyongyang, March 3 (KCNA) --}. */
  static boolean hasDateline(List<String> lines) {
    for (String line : lines) {
      if (Dateline.find(line).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The kcna.kp footer, {@code www.kcna.kp (2025.04.22.)}, or its glued form {@code -0- (Juche112.3.18.)}. */
  static boolean hasFooter(List<String> lines) {
    for (String line : lines) {
      if (DateForms.isFooter(line) || Prose.endStamp(line).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** KCNA's {@code -0-} end mark closing a paragraph. */
  static boolean hasEndMark(List<String> lines) {
    for (String line : lines) {
      if (Prose.hasEndMark(line) || Prose.endStamp(line).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
