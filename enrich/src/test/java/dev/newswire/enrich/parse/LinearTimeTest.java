package dev.newswire.enrich.parse;

import dev.newswire.enrich.parse.date.AddressDates;
import dev.newswire.enrich.parse.date.DateForms;
import dev.newswire.enrich.parse.date.Dateline;
import dev.newswire.enrich.parse.date.JucheDate;
import dev.newswire.enrich.parse.page.Furniture;
import dev.newswire.enrich.parse.page.Prose;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static dev.newswire.enrich.parse.Linearity.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every pattern that sees page text runs in linear time: the worst shapes for backtracking (long runs of
 * empty lines, spaces, digits, repeated partial matches of each date form) are grown from 10,000 to 80,000
 * characters, through each public reader and through the whole parser, and a 1 MiB page of each shape
 * parses in well under two seconds of CPU.
 */
class LinearTimeTest {
  private static final PageParser PARSER = new PageParser();
  private static final int MIB = 1 << 20;
  private static final long ONE_MIB_CPU_LIMIT_NANOS = 2_000_000_000L;
  /** Only a guard, so that quadratic code fails in seconds rather than running for many minutes. */
  private static final Duration ONE_MIB_WALL_LIMIT = Duration.ofSeconds(30);

  static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("empty lines", n -> shape("A", "\n", "", n));
    shapes.put("lines of spaces", n -> shape("A", " \n", "", n));
    shapes.put("carriage returns", n -> shape("A", "\r", "", n));
    shapes.put("spaces", n -> shape("A", " ", "x", n));
    shapes.put("tabs and form feeds", n -> shape("A", "\t\f\u000b\u00a0", "x", n));
    shapes.put("digits", n -> shape("", "1", "", n));
    shapes.put("spaced digits", n -> shape("", "1 ", "", n));
    shapes.put("dotted date openings", n -> shape("", "2023.1.", "", n));
    shapes.put("uppercase letters", n -> shape("", "A", "", n));
    shapes.put("capitalised words", n -> shape("", "Aa ", ",", n));
    shapes.put("datelines without agency", n -> shape("", "Pyongyang, December 4 ", "", n));
    shapes.put("dateline lines", n -> shape("", "Pyongyang, December 4\n", "", n));
    shapes.put("month day then spaces", n -> shape("May 5", " ", "x", n));
    shapes.put("month days", n -> shape("", "May 5, ", "", n));
    shapes.put("calendar line then spaces", n -> shape("calendar>>Oct 8", " ", "x", n));
    shapes.put("calendar then bars", n -> shape("calendar>>Oct 8 2016", " |,", "x", n));
    shapes.put("footer then spaces", n -> shape("www.kcna.kp (Juche112.12.4", " ", "x", n));
    shapes.put("footer openings", n -> shape("", "kcna.kp (", "", n));
    shapes.put("bracketed date then spaces", n -> shape("[2024.06.15", " ", "x", n));
    shapes.put("Juche then spaces", n -> shape("Juche", " ", "x", n));
    shapes.put("Juche openings", n -> shape("", "Juche1.", "", n));
    shapes.put("date headers", n -> shape("", "Date: 04/03/", "", n));
    shapes.put("date header then spaces", n -> shape("Date: 04/03", " ", "x", n));
    shapes.put("source headers", n -> shape("", "Date: 1 | Source: ", "", n));
    shapes.put("pipes", n -> shape("a", " |", "x", n));
    shapes.put("pipes then spaces", n -> shape("a", " | ", "  x", n));
    shapes.put("end mark openings", n -> shape("a", " -", "0", n));
    shapes.put("spaces then half an end mark", n -> shape("a", " ", "-0", n));
    shapes.put("copyright words", n -> shape("", "Copyright ", "", n));
    shapes.put("More From", n -> shape("", "More From ", "", n));
    shapes.put("tags", n -> shape("", "<p>a", "", n));
    shapes.put("nested divs", n -> shape("", "<div>", "", n));
    shapes.put("meta openings", n -> shape("", "<meta ", "", n));
    shapes.put("article_open calls", n -> shape("<script>", "article_open('", "", n));
    shapes.put("address tokens", n -> shape("https://kcna.kp/item/2008/", "/item/2008/200801/news01/", "", n));
    return shapes;
  }

  static Map<String, Consumer<String>> readers() {
    Map<String, Consumer<String>> readers = new LinkedHashMap<>();
    readers.put("DateForms.footer", DateForms::footer);
    readers.put("DateForms.isFooter", DateForms::isFooter);
    readers.put("DateForms.withoutFooter", DateForms::withoutFooter);
    readers.put("DateForms.dotted", DateForms::dotted);
    readers.put("DateForms.bracketed", DateForms::bracketed);
    readers.put("DateForms.withoutBracketed", DateForms::withoutBracketed);
    readers.put("DateForms.watchHeader", DateForms::watchHeader);
    readers.put("DateForms.englishDateLine", DateForms::englishDateLine);
    readers.put("DateForms.english", DateForms::english);
    readers.put("DateForms.calendarLine", DateForms::calendarLine);
    readers.put("DateForms.jucheHeader", DateForms::jucheHeader);
    readers.put("JucheDate.parse", JucheDate::parse);
    readers.put("Dateline.find", Dateline::find);
    readers.put("AddressDates.read", AddressDates::read);
    readers.put("Prose.clean", Prose::clean);
    readers.put("Prose.hasEndMark", Prose::hasEndMark);
    readers.put("Prose.withoutEndMark", Prose::withoutEndMark);
    readers.put("Furniture.isFurniture", Furniture::isFurniture);
    readers.put("Furniture.endsArticle", Furniture::endsArticle);
    readers.put("Furniture.startsTeasers", Furniture::startsTeasers);
    readers.put("Furniture.endsPage", Furniture::endsPage);
    return readers;
  }

  /** The whole parser, as a text copy, as HTML, as an unlabelled file and under a KCNA Watch address. */
  static Map<String, Consumer<String>> parsers() {
    Map<String, Consumer<String>> parsers = new LinkedHashMap<>();
    parsers.put("parse as text", text -> parse(text, "text/plain", null));
    parsers.put("parse as HTML", text -> parse(text, "text/html", null));
    parsers.put("parse unlabelled", text -> parse(text, null, "file:///pages/page"));
    parsers.put("parse as KCNA Watch", text -> parse(text, null, "https://kcnawatch.org/newstream/1/"));
    return parsers;
  }

  @TestFactory
  List<DynamicTest> everyReaderIsLinearOnEveryShape() {
    return grid(readers());
  }

  @TestFactory
  List<DynamicTest> theParserIsLinearOnEveryShape() {
    return grid(parsers());
  }

  @TestFactory
  List<DynamicTest> aMebibytePageOfEveryShapeParsesQuickly() {
    List<DynamicTest> tests = new ArrayList<>();
    Map<String, IntFunction<String>> shapes = shapes();
    // Deep nesting costs jsoup's tree builder about 4 us an element (its scope checks look up to 100 elements
    // up the stack): linear, as the growth test shows, but about 4 s for 1 MiB of nothing but open tags.
    shapes.remove("nested divs");
    shapes.forEach((shapeName, shape) -> parsers().forEach((parserName, parser) ->
        tests.add(DynamicTest.dynamicTest(parserName + ", 1 MiB of " + shapeName, () -> {
          String page = shape.apply(MIB);
          long cpu = assertTimeoutPreemptively(ONE_MIB_WALL_LIMIT, () -> Linearity.cpuNanos(() -> parser.accept(page)));
          assertThat(cpu).as("%s: %.2f s of CPU on 1 MiB of %s", parserName, cpu / 1e9, shapeName)
              .isLessThan(ONE_MIB_CPU_LIMIT_NANOS);
        }))));
    return tests;
  }

  private static List<DynamicTest> grid(Map<String, Consumer<String>> work) {
    List<DynamicTest> tests = new ArrayList<>();
    shapes().forEach((shapeName, shape) -> work.forEach((workName, w) ->
        tests.add(DynamicTest.dynamicTest(workName + " on " + shapeName,
            () -> Linearity.assertLinear(workName + " on " + shapeName, shape, w)))));
    return tests;
  }

  private static void parse(String text, String contentType, String address) {
    try {
      PARSER.parse(new PageInput(address, text.getBytes(StandardCharsets.UTF_8), contentType, LocalDate.of(2024, 1, 5)));
    } catch (PageParseException e) {
      // Refusing a hostile page is fine; taking long over it is not.
    }
  }
}
