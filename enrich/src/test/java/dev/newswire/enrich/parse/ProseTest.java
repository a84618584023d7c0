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

  @Test
  void aSentenceIsCapitalisedWordyAndClosedByAFullStop() {
    assertThat(Prose.isSentence("World progressives have expressed their deep reverence for the leader.")).isTrue();
    assertThat(Prose.isSentence("Kim Yo Jong released a press statement on Wednesday, 29 May 2024.")).isTrue();
    assertThat(Prose.isSentence("Rodong Sinmun Calls on Officials to Devote Themselves to People")).isFalse();
    assertThat(Prose.isSentence("Too short to be prose.")).isFalse();
    assertThat(Prose.isSentence("after a lower-case start the rest of this line is ordinary words.")).isFalse();
    assertThat(Prose.isSentence("Q}z 9;x || ~r0 ^^ W\u00b6 tt& #% @@ !! ** ((( ))) ;; :: , , , , , .")).isFalse();
  }
}
