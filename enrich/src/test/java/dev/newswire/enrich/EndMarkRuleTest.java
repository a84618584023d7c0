package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.LineRuleContract;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cheap condition before the item fingerprint's end-mark pattern never refuses a body the pattern accepts. */
class EndMarkRuleTest extends LineRuleContract {
  // The mark, its look-alikes, every space and line terminator the pattern or its $ may meet, and prose.
  private static final String[] PIECES = {"-0-", "-0", "0-", "-", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "\u000b",
      "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "x", "Officials called for greater successes."};

  @Override
  protected List<LineRule> rules() {
    return List.of(ItemIdentity.endMarkRule());
  }

  @Override
  protected int acceptedLinesAtLeast() {
    // The test pages' KCNA items end in the mark.
    return 10;
  }

  @Property(tries = 5000)
  void bodiesEndingInTheMarkAndItsLookAlikesAreJudgedAsByThePatternAlone(@ForAll("endings") String body) {
    LineRule rule = ItemIdentity.endMarkRule();
    assertThat(rule.test(body)).as("%s", body).isEqualTo(rule.patternAlone(body));
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
