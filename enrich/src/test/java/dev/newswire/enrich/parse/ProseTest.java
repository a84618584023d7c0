package dev.newswire.enrich.parse;

import dev.newswire.enrich.parse.page.Prose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProseTest {

  @Test
  void straySpacesBeforePunctuationAndPossessivesGo() {
    assertThat(Prose.clean("Kim Jong Un , general secretary ; said ( he ) Kim Jong Un 's plan ."))
        .isEqualTo("Kim Jong Un, general secretary; said (he) Kim Jong Un's plan.");
  }

  @Test
  void pipesEntitiesAndOddSpacesAreCleaned() {
    assertThat(Prose.clean("| \u00a0Workers &amp; farmers | met\u200b here |")).isEqualTo("Workers & farmers met here");
  }

  @Test
  void endMarkIsRecognisedAndRemoved() {
    assertThat(Prose.hasEndMark("sports and other sectors. -0-")).isTrue();
    assertThat(Prose.withoutEndMark("sports and other sectors. -0-")).isEqualTo("sports and other sectors.");
    assertThat(Prose.hasEndMark("a 10-0 victory")).isFalse();
  }
}
