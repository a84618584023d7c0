package dev.newswire.enrich.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written searches answer as a case-insensitive pattern (ASCII folding) would. */
class CheapTest {
  private static final String[] NEEDLES = {"captcha", "ryugilo", "calendar", "service", "kns", "kcna.kp", "<meta",
      "copyright", "rights", "watch", "uriminzokkiri", "to", "more", "date", "source"};

  @Property(tries = 5000)
  void containsAsAPatternFinds(@ForAll("texts") String text, @ForAll("needles") String needle) {
    boolean byPattern = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE).matcher(text).find();
    assertThat(Cheap.containsIgnoreCase(text, needle)).as("%s in %s", needle, text).isEqualTo(byPattern);
  }

  @Property(tries = 2000)
  void opensAsAnAnchoredPatternMatches(@ForAll("texts") String text, @ForAll("needles") String needle) {
    boolean byPattern = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE).matcher(text).lookingAt();
    assertThat(Cheap.opensWithIgnoreCase(text, needle)).as("%s opening %s", needle, text).isEqualTo(byPattern);
  }

  @Provide
  Arbitrary<String> needles() {
    return Arbitraries.of(NEEDLES);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of(NEEDLES).map(n -> n.toUpperCase().substring(0, n.length() / 2) + n.substring(n.length() / 2));
    Arbitrary<String> noise = Arbitraries.strings().withChars("acdegiklmnoprstuvwyACEKPRSTY .<\u017f\u212a\u0130é").ofMaxLength(12);
    return Arbitraries.oneOf(words, noise, Arbitraries.of(NEEDLES)).list().ofMaxSize(6).map(parts -> String.join("", parts));
  }
}
