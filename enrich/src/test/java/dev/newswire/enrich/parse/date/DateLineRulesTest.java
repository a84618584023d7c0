package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.LineRuleContract;
import java.util.ArrayList;
import java.util.List;

/** The cheap conditions before the footer and dateline patterns never refuse a line a pattern accepts. */
class DateLineRulesTest extends LineRuleContract {
  @Override
  protected List<LineRule> rules() {
    List<LineRule> rules = new ArrayList<>(DateForms.rules());
    rules.add(Dateline.rule());
    return rules;
  }

  @Override
  protected int acceptedLinesAtLeast() {
    // The corpus holds footers and datelines.
    return 50;
  }
}
