package dev.newswire.enrich.parse.text;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line pattern behind a cheap necessary condition ({@link Cheap}): the pattern runs only on the lines the
 * condition lets through. The condition may let through lines the pattern refuses, never the reverse; the
 * equivalence tests hold every rule to that on every line of the fixtures and on generated lines.
 */
public final class LineRule {
  private enum Kind { WHOLE, FOUND, AT_LINE_START }

  private final Pattern pattern;
  private final Predicate<String> mayMatch;
  private final Kind kind;
  private Pattern multiline;

  private LineRule(Pattern pattern, Predicate<String> mayMatch, Kind kind) {
    this.pattern = pattern;
    this.mayMatch = mayMatch;
    this.kind = kind;
  }

  /** The whole line must match. */
  public static LineRule matching(Pattern pattern, Predicate<String> mayMatch) {
    return new LineRule(pattern, mayMatch, Kind.WHOLE);
  }

  /** The pattern must occur in the line. */
  public static LineRule finding(Pattern pattern, Predicate<String> mayMatch) {
    return new LineRule(pattern, mayMatch, Kind.FOUND);
  }

  /**
   * The pattern must open one of the text's lines, as {@code (?m)^(?:pattern)} found anywhere would; but
   * tried only where a line starts, not at every character (a tenth of a parse on a 7 KB page).
   */
  public static LineRule openingALine(Pattern pattern, Predicate<String> mayMatch) {
    return new LineRule(pattern, mayMatch, Kind.AT_LINE_START);
  }

  public boolean test(String line) {
    if (!mayMatch(line)) {
      return false;
    }
    return kind == Kind.AT_LINE_START ? opensALine(line) : patternAlone(line);
  }

  /** The condition alone: false means the pattern cannot match (nor be found in) the line. */
  public boolean mayMatch(String line) {
    return mayMatch.test(line);
  }

  /** The pattern's own answer, without the condition: what {@link #test} must always agree with. */
  public boolean patternAlone(String line) {
    return switch (kind) {
      case WHOLE -> pattern.matcher(line).matches();
      case FOUND -> pattern.matcher(line).find();
      case AT_LINE_START -> multiline().matcher(line).find();
    };
  }

  public Pattern pattern() {
    return pattern;
  }

  private boolean opensALine(String text) {
    Matcher m = pattern.matcher(text);
    for (int start = 0; start < text.length(); start = nextLineStart(text, start)) {
      if (m.region(start, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code (?m)^} next matches: after \n, \r (but not inside \r\n), U+0085, U+2028 or U+2029. */
  private static int nextLineStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i + 2;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i + 1;
      }
    }
    return text.length();
  }

  private Pattern multiline() {
    if (multiline == null) {
      multiline = Pattern.compile("^(?:" + pattern.pattern() + ")", pattern.flags() | Pattern.MULTILINE);
    }
    return multiline;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
