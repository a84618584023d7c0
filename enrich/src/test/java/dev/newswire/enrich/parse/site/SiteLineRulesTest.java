package dev.newswire.enrich.parse.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.RuleCorpus;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The layouts' whole-page rules answer as their patterns alone would, on every test page and generated texts. */
class SiteLineRulesTest {
  private static final List<LineRule> RULES = KcnaWatchTextParser.rules();

  @Test
  void everyTestPageIsJudgedAsByThePatternsAlone() {
    List<String> texts = RuleCorpus.pageTexts();
    int accepted = 0;
    for (LineRule rule : RULES) {
      for (String text : texts) {
        assertThat(rule.test(text)).as("%s on a page", rule).isEqualTo(rule.patternAlone(text));
        accepted += rule.test(text) ? 1 : 0;
      }
    }
    assertThat(accepted).isGreaterThan(5);
  }

  @Property(tries = 3000)
  void generatedTextsAreJudgedAsByThePatternsAlone(@ForAll("texts") String text) {
    for (LineRule rule : RULES) {
      assertThat(rule.test(text)).as("%s on %s", rule, text).isEqualTo(rule.patternAlone(text));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return RuleCorpus.generatedTexts();
  }
}
