package dev.newswire.enrich.parse.date;

import dev.newswire.enrich.parse.text.LineRule;
import dev.newswire.enrich.parse.text.LineRuleContract;
import java.util.ArrayList;
import java.util.List;

/** The cheap conditions before the footer patterns never refuse a line a pattern accepts. */
class DateLineRulesTest extends LineRuleContract {
  @Override
  protected List<LineRule> rules() {
    // The dateline is read by hand instead, held to its pattern by DatelineScanTest.
    return new ArrayList<>(DateForms.rules());
  }

  @Override
  protected int acceptedLinesAtLeast() {
    // The corpus holds footers.
    return 50;
  }
}
