package dev.newswire.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The article lead read from a prefix of the body is the lead of the whole body, whatever the text. */
class ArticleLeadPrefixTest {
  // Spaces of every kind the normalising collapses, control characters it keeps but trim drops, the Greek
  // capital sigma (whose lowercase depends on what follows), case-ignorable marks and quotes, a capital
  // whose lowercase is two chars, and a letter outside the BMP.
  private static final String[] PIECES = {"a", "B", "k", "Σ", "ς", "İ", "'", ".", "\u0301", "\u00ad", " ", "  ",
      "\n", "\t", "\r\n", "\u000b", "\f", "\u00a0", "\u2007", "\u202f", "\u200b", "\u0001", "\u001f", "\uD801\uDC00",
      "Kim Jong Un ", "ΟΔΟΣ ", "…"};

  private static String wholeBodyLead(String body) {
    String lead = LeadKey.normalise(body);
    return lead.length() > LeadKey.TEXT_LENGTH ? lead.substring(0, LeadKey.TEXT_LENGTH) : lead;
  }

  @Property(tries = 3000)
  void theLeadOfAPrefixIsTheLeadOfTheWholeBody(@ForAll("bodies") String body) {
    assertThat(LeadKey.articleLead(body)).isEqualTo(wholeBodyLead(body));
  }

  @Property(tries = 500)
  void aSigmaJustBeforeTheCutIsLoweredAsInTheWholeBody(@ForAll("bodies") String body) {
    String tricky = "x".repeat(LeadKey.TEXT_LENGTH) + "ΑΣ'\u0301 " + "Σ" + body;
    assertThat(LeadKey.articleLead(tricky)).isEqualTo(wholeBodyLead(tricky));
  }

  @Test
  void aLongBodyIsCutAndAShortOneIsNot() {
    String longBody = "word ".repeat(1000);
    assertThat(LeadKey.leadEnd(longBody)).isLessThan(400);
    assertThat(LeadKey.leadEnd("word ".repeat(10))).isEqualTo(50);
    assertThat(LeadKey.articleLead(longBody)).isEqualTo(wholeBodyLead(longBody)).hasSize(LeadKey.TEXT_LENGTH);
    String greek = "ΟΔΟΣ ".repeat(100);
    assertThat(LeadKey.leadEnd(greek)).isLessThan(greek.length());
    assertThat(LeadKey.articleLead(greek)).isEqualTo(wholeBodyLead(greek)).contains("\u03c2 ").doesNotContain("\u03c3 ");
    assertThat(LeadKey.articleLead(null)).isEqualTo(wholeBodyLead(null)).isEmpty();
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(700).map(l -> String.join("", l));
  }
}
