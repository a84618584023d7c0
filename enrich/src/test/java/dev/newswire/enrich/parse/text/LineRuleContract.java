package dev.newswire.enrich.parse.text;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What every set of guarded line rules must show: it judges each line as its patterns alone would, on
 * the test pages and on generated lines, and its conditions do refuse prose (else they buy nothing).
 */
public abstract class LineRuleContract {
  /** The rules under test. */
  protected abstract List<LineRule> rules();

  /** How many lines of the test pages the rules must accept, so the corpus shows they are exercised. */
  protected abstract int acceptedLinesAtLeast();

  @Test
  void everyLineOfTheTestPagesIsJudgedAsByThePatternsAlone() {
    RuleCorpus.assertPageLinesJudgedAsByPatterns(rules(), acceptedLinesAtLeast());
  }

  @Property(tries = 3000)
  void generatedLinesAreJudgedAsByThePatternsAlone(@ForAll("lines") String line) {
    RuleCorpus.assertJudgedAsByPatterns(rules(), line);
  }

  @Test
  void theConditionsDoRefuseProse() {
    RuleCorpus.assertProseRefused(rules());
  }

  @Provide
  Arbitrary<String> lines() {
    return RuleCorpus.generatedLines();
  }
}
