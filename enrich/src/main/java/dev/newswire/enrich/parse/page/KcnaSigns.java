package dev.newswire.enrich.parse.page;

import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.Dateline;

import java.util.List;

/** Signs of a KCNA item that several layouts share, read from a page's lines for {@code LayoutFit} scores. */
public final class KcnaSigns {
  private KcnaSigns() {
  }

  /** A line that opens with a dateline, {@code Pyongyang, March 3 (KCNA) --}. */
  public static boolean hasDateline(List<String> lines) {
    for (String line : lines) {
      if (Dateline.find(line).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The kcna.kp footer, {@code www.kcna.kp (2025.04.22.)}, or its glued form {@code -0- (Juche112.3.18.)}. */
  public static boolean hasFooter(List<String> lines) {
    for (String line : lines) {
      if (DateForms.isFooter(line) || Prose.endStamp(line).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** KCNA's {@code -0-} end mark closing a paragraph. */
  public static boolean hasEndMark(List<String> lines) {
    for (String line : lines) {
      if (Prose.hasEndMark(line) || Prose.endStamp(line).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
