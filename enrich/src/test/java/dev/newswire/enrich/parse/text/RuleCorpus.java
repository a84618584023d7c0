package dev.newswire.enrich.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.parse.PageInput;
import dev.newswire.enrich.parse.page.DecodedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The lines a {@link LineRule}'s condition is held to: every line of every test page (raw, and as the
 * parser's cleaned lines), and lines generated from the fragments the patterns look for.
 */
public final class RuleCorpus {
  private static final List<String> FRAGMENTS = List.of("More", "more", " From ", "Articles", "-0-", "- 0 -", "-",
      "0", "kcna.kp", "KCNA.KP", "www.", "(", ")", "[", "]", "Juche", "112", "2023", ".", "12", "4", " ", "  ", "\u00a0",
      "\t", "\n", "\r\n", "\u0085", "\u2028", "CAPTCHA", "captcha", "To write your feedbacks", "\u00a9", "Copyright",
      "All rights reserved", "Pyongyang", ",", "December", "Dec.", "(KCNA)", "--", "\u2014", "Share", "Button",
      "Read original version at source", "Source:", "Date:", "04/12/2023", "|", ">", "\"", "'", "KCNA Minju Choson", "&amp;", "&#160;", "&nbsp;", "\u200b", "\ufeff", "\u3000", "\u2007", "( ", "[ ", " ]", " ,", " \u2019s", " |",
      "(En)", "Subscribe to NK News", "We use cookies", "Back", "Top", "Login", "Log in", "calendar", ">>",
      "KOREA NEWS SERVICE", "KNS", "Kim Jong Un", "Get North Korea headlines", "\u017f", "\u212a", "\u0130", "é");

  // Whole forms the patterns accept, to be wrapped in fragments and re-cased: random fragments alone seldom
  // make one, and a condition is tested only by lines its pattern accepts.
  private static final List<String> FORMS = List.of("kcna.kp (2025.04.22.)", "www.kcna.kp (Juche112.12.4.)",
      "KCNA.kp(113.6.15)", "Pyongyang, December 4 (KCNA) --", " \"Pyongyang,Dec. 4 -- ", "Tokyo, May 5 (KNS-KCNA) ",
      "Kim Il Sung Square, April 15 \u2014", "|\u00a0Pyongyang , June 1 \u2013", "-0-", "text. -0- ", "text -0-\u0085",
      "text -0- (Juche112.3.18.)", "-0- (2023.12.4)\u00a0", "More From KCNA.kp (En)", "More Articles", "Copyright 2023",
      "\u00a9 KCNA", "All rights reserved.", "To write your feedbacks", "Enter the CAPTCHA code", "KCNA Minju Choson (EN)",
      "KCNA.kp (English)", "Date: 04/12/2023 | Source: KCNA.kp (En)", "Source: Rodong", "Date : 4 / 12 / 2023",
      "Read original version at source", "Share Button", "Get North Korea headlines", "Subscribe to the NK News daily",
      "We use cookies on this site", "This website uses cookies", "Accept all cookies", "Cookie policy", "Back to top",
      "Go to top", "Log in", "Login", "Share on Facebook", "Share this article", "Sign up for news", "| | >", "- 0 -",
      "<meta charset=\"utf-8\">", "<META http-equiv=Content-Type content=\"text/html; charset=EUC-KR\">", "<html>", "<P>",
      "<!DOCTYPE html>", "<br/>", "KCNA Watch", "kcna\twatch", "KCNAWATCH", "January 26, 2026", "Jan. 5 2024 Feb 6, 2025", "  december 4,2023\u00a0");

  private RuleCorpus() {
  }

  /** Every line of the test pages under src/test/resources, raw and cleaned. */
  public static Set<String> pageLines() {
    Set<String> lines = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : null;
        lines.addAll(List.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R")));
        lines.addAll(DecodedPage.of(new PageInput("http://example.invalid/" + name, bytes, type, null)).lines());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The whole text of every test page under src/test/resources, as decoded for the parser. */
  public static List<String> pageTexts() {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.add(DecodedPage.of(new PageInput(null, Files.readAllBytes(file), null, null)).text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** Texts of generated lines, ended by any line terminator (or none). */
  public static Arbitrary<String> generatedTexts() {
    Arbitrary<String> ended = net.jqwik.api.Combinators.combine(generatedLines(),
        Arbitraries.of("", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\n\n", "\u000b", "\f"))
        .as((line, end) -> line + end);
    return ended.list().ofMaxSize(8).map(lines -> String.join("", lines));
  }

  /** Lines glued from the fragments the patterns look for, in any order and number. */
  public static Arbitrary<String> generatedLines() {
    Arbitrary<String> glued = Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts));
    Arbitrary<String> wrapped = net.jqwik.api.Combinators.combine(
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(2), Arbitraries.of(FORMS), Arbitraries.longs(),
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(2))
        .as((before, form, cases, after) -> String.join("", before) + recase(form, cases) + String.join("", after));
    return Arbitraries.oneOf(glued, wrapped, Arbitraries.of(FORMS));
  }

  /** The form with the letters whose bit is set in {@code cases} upper-cased, the others lower-cased. */
  private static String recase(String form, long cases) {
    StringBuilder out = new StringBuilder(form.length());
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      out.append(cases == 0 ? c : ((cases >>> (i % 64)) & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The lines (of those given) where the rule's condition refuses a line its pattern accepts. */
  public static List<String> missed(LineRule rule, Iterable<String> lines) {
    List<String> missed = new ArrayList<>();
    for (String line : lines) {
      if (!rule.mayMatch(line) && rule.patternAlone(line)) {
        missed.add(line);
      }
    }
    return missed;
  }

  /**
   * Every line of the test pages is judged by each rule as by its pattern alone, and the rules between them
   * accept more than {@code leastAccepted} of those lines (so they are tested on lines they accept, not only
   * on prose).
   */
  public static void assertPageLinesJudgedAsByPatterns(List<LineRule> rules, int leastAccepted) {
    Set<String> lines = pageLines();
    assertThat(lines).hasSizeGreaterThan(1000);
    int accepted = 0;
    for (LineRule rule : rules) {
      assertThat(missed(rule, lines)).as("lines %s refuses", rule).isEmpty();
      accepted += (int) lines.stream().filter(rule::test).count();
    }
    assertThat(accepted).isGreaterThan(leastAccepted);
  }

  /** The line is judged by each rule as by its pattern alone. */
  public static void assertJudgedAsByPatterns(List<LineRule> rules, String line) {
    for (LineRule rule : rules) {
      assertThat(rule.test(line)).as("%s on %s", rule, line).isEqualTo(rule.patternAlone(line));
    }
  }

  /** A line of plain prose passes none of the rules' conditions: they do spare the patterns. */
  public static void assertProseRefused(List<LineRule> rules) {
    String prose = "The technical innovation contests of each sector took place widely and simultaneously.";
    assertThat(rules).allSatisfy(rule -> assertThat(rule.mayMatch(prose)).as("%s", rule).isFalse());
  }
}
