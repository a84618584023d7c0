package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The ASCII shortcut of the item fingerprint's folding gives what NFKC and the pattern give: ids stay as they were. */
class ItemIdentityFoldTest {
  @Property(tries = 3000)
  void anyTextFoldsAsByNormalisingAndPattern(@ForAll("texts") String text) {
    assertThat(ItemIdentity.fold(text)).isEqualTo(ItemIdentity.foldAny(text));
  }

  @Test
  void asciiAndOtherTextsFoldAlike() {
    assertThat(ItemIdentity.fold("Pyongyang, December 4 (KCNA) -- The Year 112!")).isEqualTo("pyongyangdecember4kcnatheyear112");
    assertThat(ItemIdentity.fold("Ｐｙｏｎｇｙａｎｇ ①")).isEqualTo(ItemIdentity.foldAny("Ｐｙｏｎｇｙａｎｇ ①")).isEqualTo("pyongyang1");
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(200);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(50);
    Arbitrary<String> mixed = Arbitraries.strings().withCharRange(' ', '\u00ff').withChars("ＡＢ①ﬁ\u0130\u212a").ofMaxLength(80);
    return Arbitraries.oneOf(ascii, any, mixed);
  }
}
