package dev.newswire.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadKeyTest {
  private static final String BODY = "Kim Jong Un,  General Secretary of the WPK,\u00a0inspected the newly built"
      + " greenhouse farm in Ryonpho and expressed great satisfaction.\n\nHe said more.";

  @Test
  void normalisingLowercasesAndCollapsesEveryKindOfSpace() {
    assertThat(LeadKey.normalise("  Kim\u00a0Jong\t\nUn  ")).isEqualTo("kim jong un");
    assertThat(LeadKey.normalise(null)).isEmpty();
  }

  @Test
  void aSnippetCutMidWordLosesThePartialWordAndIsAPrefixOfTheBody() {
    String snippet = "Kim Jong Un, General Secretary of the WPK, inspected the newly built greenh...";

    String normalised = LeadKey.teaserSnippet(snippet);

    assertThat(normalised).endsWith("built").doesNotContain("greenh");
    assertThat(LeadKey.articleLead(BODY)).startsWith(normalised);
    assertThat(LeadKey.key(normalised)).isEqualTo(LeadKey.key(LeadKey.articleLead(BODY))).hasSize(LeadKey.KEY_LENGTH);
  }

  @Test
  void tooShortToTellGivesNoKey() {
    assertThat(LeadKey.teaserSnippet("Oneword")).isNull();
    assertThat(LeadKey.key(LeadKey.teaserSnippet("Kim Jong Un visits a farm"))).isNull();
    assertThat(LeadKey.articleLead("x".repeat(1000))).hasSize(LeadKey.TEXT_LENGTH);
  }
}
