package dev.newswire.enrich.parse.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.text.RuleCorpus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The dateline read by hand is the one the pattern reads, on real lines and on lines built to probe each part. */
class DatelineScanTest {
  private static final List<String> LEAD_INS = List.of("", " ", "\t", "\u00a0", "\"", "'", "|", " | ", "\n", "-", "(");
  private static final List<String> PLACES = List.of("Pyongyang", "Tokyo", "Ulan Bator", "Rio de Janeiro",
      "Buenos Aires City Hall Area", "Dar es Salaam", "O'Hare", "St. Petersburg", "Guinea-Bissau", "Zürich", "Ölgii",
      "\u00c9vian", "pyongyang", "PYONGYANG", "Kuala\u00a0Lumpur", "Kuala  Lumpur", "A B C D E", "\ud835\udc00lpha",
      "X\ud835\udc1a", "\ud835", "Pyong_yang", "Pyong2", "");
  private static final List<String> COMMAS = List.of(",", ", ", " , ", "\u00a0,\u00a0", ",,", "", " ");
  private static final List<String> MONTHS = List.of("December", "Dec", "Dec.", "dec", "DECEMBER", "Sept", "Sept.",
      "Sep", "September", "Septe", "June", "Jun", "Jul", "July", "May", "Mayo", "Decé", "Decem", "Janu", "mar", "Foo", "");
  private static final List<String> DAYS = List.of(" 4", " 04", " 31", " 32", " 0", " 00", " 123", "4", "\u00a04",
      "  29", " 1", " ", " x");
  private static final List<String> ENDS = List.of(" (KCNA) --", " (KCNA) -- ", " (KCNA)", "(KCNA)---", " (KCNA) ----",
      " (KNS-KCNA) \u2014", " (KCNA)\u00a0\u2013\u2013\u2013", " ()", " (" + "x".repeat(40) + ")", " (" + "x".repeat(41) + ")",
      " ((KCNA))", " (KCNA", " (KC(NA)", " (\ud835\udc00" + "x".repeat(39) + ")", " (\ud835\udc00" + "x".repeat(40) + ")",
      " --", " -", " ---", " ----", " \u2014", " \u2013\u2014\u2013", "--", " - -", " text", "", " (KCNA) -");
  private static final List<String> TAILS = List.of("", " The year Juche 112", " -- more", "\nnext line", ")");

  @Test
  void everyLineAndTextOfTheTestPagesIsReadAsByThePattern() {
    List<String> texts = new ArrayList<>(RuleCorpus.pageLines());
    texts.addAll(RuleCorpus.pageTexts());
    int found = 0;
    for (String text : texts) {
      assertThat(Dateline.find(text)).as(text).isEqualTo(Dateline.byPattern(text));
      if (Dateline.byPattern(text).isPresent()) {
        found++;
      }
    }
    // The corpus holds datelines, so the reading that succeeds is compared too.
    assertThat(found).isGreaterThan(50);
  }

  @Property(tries = 5000)
  void builtLinesAreReadAsByThePattern(@ForAll("datelines") String line) {
    assertThat(Dateline.find(line)).isEqualTo(Dateline.byPattern(line));
  }

  @Property(tries = 2000)
  void otherGeneratedLinesAreReadAsByThePattern(@ForAll("other") String line) {
    assertThat(Dateline.find(line)).isEqualTo(Dateline.byPattern(line));
  }

  @Test
  void theBuiltLinesHoldDatelinesAndNearMisses() {
    List<String> sample = datelines().sampleStream().limit(3000).toList();
    long found = sample.stream().filter(l -> Dateline.byPattern(l).isPresent()).count();
    assertThat(found).isBetween(150L, 2850L);
  }

  @Test
  void nullIsNoDateline() {
    assertThat(Dateline.find(null)).isEmpty();
  }

  @Provide
  Arbitrary<String> datelines() {
    return Arbitraries.of(LEAD_INS).flatMap(lead -> Arbitraries.of(PLACES).flatMap(place ->
        Arbitraries.of(COMMAS).flatMap(comma -> Arbitraries.of(MONTHS).flatMap(month ->
            Arbitraries.of(DAYS).flatMap(day -> Arbitraries.of(ENDS).flatMap(end ->
                Arbitraries.of(TAILS).map(tail -> lead + place + comma + month + day + end + tail)))))));
  }

  @Provide
  Arbitrary<String> other() {
    return Arbitraries.oneOf(RuleCorpus.generatedLines(),
        Arbitraries.strings().withChars("Pyong ,.-()\u2013\u2014\u00a0Dec4 1(KCNA)\"'|\t").ofMaxLength(40));
  }
}
