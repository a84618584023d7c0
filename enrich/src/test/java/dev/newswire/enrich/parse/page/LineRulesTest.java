package dev.newswire.enrich.parse.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.LineRuleContract;
import dev.newswire.enrich.parse.text.RuleCorpus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The cheap conditions before the furniture and end-mark patterns never refuse a line a pattern accepts. */
class LineRulesTest extends LineRuleContract {
  @Override
  protected List<LineRule> rules() {
    List<LineRule> rules = new ArrayList<>(Furniture.rules());
    rules.addAll(Prose.rules());
    rules.addAll(PageDecoder.rules());
    rules.addAll(DecodedPage.rules());
    return rules;
  }

  @Override
  protected int acceptedLinesAtLeast() {
    // The corpus holds furniture and end marks.
    return 100;
  }

  @Test
  void theTestPagesSplitIntoTheSameCleanLinesAsBySplitAndClean() {
    for (String text : RuleCorpus.pageTexts()) {
      assertThat(DecodedPage.textLines(text)).isEqualTo(splitAndClean(text));
    }
  }

  @Property(tries = 3000)
  void generatedTextsSplitIntoTheSameCleanLinesAsBySplitAndClean(@ForAll("texts") String text) {
    assertThat(DecodedPage.textLines(text)).isEqualTo(splitAndClean(text));
  }

  /** What textLines did before it skipped the cleaning passes on lines that need none. */
  private static List<String> splitAndClean(String text) {
    return java.util.Arrays.stream(text.split("\\R")).map(Prose::clean).filter(l -> !l.isEmpty()).toList();
  }

  @Provide
  Arbitrary<String> texts() {
    return RuleCorpus.generatedTexts();
  }
}
