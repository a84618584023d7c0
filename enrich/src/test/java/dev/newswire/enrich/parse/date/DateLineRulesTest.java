package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.RuleCorpus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The cheap conditions before the footer and dateline patterns never refuse a line a pattern accepts. */
class DateLineRulesTest {
  private static List<LineRule> rules() {
    List<LineRule> rules = new ArrayList<>(DateForms.rules());
    rules.add(Dateline.rule());
    return rules;
  }

  @Test
  void everyLineOfTheTestPagesIsJudgedAsByThePatternsAlone() {
    // The corpus holds footers and datelines.
    RuleCorpus.assertPageLinesJudgedAsByPatterns(rules(), 50);
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
