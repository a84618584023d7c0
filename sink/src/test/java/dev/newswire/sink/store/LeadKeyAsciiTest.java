package dev.newswire.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written ASCII normalising gives what the patterns give, for ASCII text and for any other. */
class LeadKeyAsciiTest {
  // Every ASCII space and line terminator, control characters that trim drops, dots for the ellipsis,
  // capitals, and a few characters outside ASCII that hand the text to the patterns.
  private static final String[] PIECES = {"a", "Z", "K", "z", "0", ".", "..", "...", ",", "'", " ", "  ", "\n", "\r",
      "\r\n", "\t", "\u000b", "\f", "\u0001", "\u001f", "\u007f", "Kim Jong Un ", "PYONGYANG", "\u00a0", "\u2026",
      "\u2028", "\u0085", "Σ", "İ"};
  private static final Pattern ELLIPSIS = Pattern.compile("(\\.{3}|\u2026)\\s*$");

  /** The snippet as the pattern alone defined it. */
  private static String snippetByPattern(String text) {
    String snippet = LeadKey.normaliseByPattern(ELLIPSIS.matcher(text == null ? "" : text).replaceAll(""));
    int lastSpace = snippet.lastIndexOf(' ');
    return lastSpace <= 0 ? null : snippet.substring(0, lastSpace);
  }

  @Property(tries = 5000)
  void normalisingIsThePattern(@ForAll("texts") String text) {
    assertThat(LeadKey.normalise(text)).isEqualTo(LeadKey.normaliseByPattern(text));
  }

  @Property(tries = 5000)
  void theSnippetIsThePatterns(@ForAll("texts") String text) {
    assertThat(LeadKey.teaserSnippet(text)).isEqualTo(snippetByPattern(text));
  }

  @Test
  void ellipsesAndSpacesAtTheEnd() {
    for (String text : new String[] {"Kim Jong Un visits a farm...", "Kim Jong Un visits a farm... \r\n",
        "Kim Jong Un visits a farm.... ", "a......", "...", " ... ", "Kim Jong Un visits...a farm", "Farm\u2026",
        "Farm...\u2028", "x\u0001 ...\u0001", "", "  "}) {
      assertThat(LeadKey.teaserSnippet(text)).as(text).isEqualTo(snippetByPattern(text));
      assertThat(LeadKey.normalise(text)).as(text).isEqualTo(LeadKey.normaliseByPattern(text));
    }
    assertThat(LeadKey.teaserSnippet("Kim Jong Un Visits a FARM...")).isEqualTo("kim jong un visits a");
    assertThat(LeadKey.teaserSnippet(null)).isNull();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> ascii = Arbitraries.of(PIECES).filter(p -> p.chars().allMatch(c -> c < 0x80)).list()
        .ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<String> any = Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, ascii), net.jqwik.api.Tuple.of(1, any));
  }
}
