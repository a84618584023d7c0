package dev.newswire.enrich.parse.site;

import dev.newswire.enrich.parse.ParsedTeaser;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.DateReading;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.page.Furniture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The {@code More From KCNA.kp (En)} block of a KCNA Watch copy. Each teaser is: its title (printed twice, when
 * there is one), a snippet, its own date line ({@code February 14, 2026}), then the snippet again. The block is
 * anchored on the date lines because titles are optional and snippets are cut mid-word.
 */
final class KcnaWatchTeasers {
  private KcnaWatchTeasers() {
  }

  static List<ParsedTeaser> read(List<String> block, List<String> warnings) {
    LinkedHashSet<ParsedTeaser> teasers = new LinkedHashSet<>();
    int cursor = 0;
    for (int i = 0; i < block.size(); i++) {
      Optional<DateReading> date = DateForms.englishDateLine(block.get(i));
      if (date.isEmpty()) {
        continue;
      }
      if (!date.get().valid()) {
        warnings.add(date.get().problem());
      }
      String snippet = i - 1 >= cursor ? block.get(i - 1) : null;
      int titleEnd = snippet == null ? i : i - 1;
      String title = title(block.subList(cursor, titleEnd));
      int next = i + 1;
      if (snippet != null && next < block.size() && block.get(next).equals(snippet)) {
        next++;
      }
      String place = snippet == null ? null : Dateline.find(snippet).map(Dateline::place).orElse(null);
      teasers.add(new ParsedTeaser(title, snippet, date.get().date(), date.get().raw(), place, null));
      cursor = next;
      i = next - 1;
    }
    return new ArrayList<>(teasers);
  }

  /** The title lines before a snippet: one headline, possibly printed twice; null when there are none. */
  private static String title(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!Furniture.isFurniture(line) && (kept.isEmpty() || !kept.get(kept.size() - 1).equals(line))) {
        kept.add(line);
      }
    }
    // With stray lines before it, the headline is the one right above the snippet.
    return kept.isEmpty() ? null : kept.get(kept.size() - 1);
  }
}
