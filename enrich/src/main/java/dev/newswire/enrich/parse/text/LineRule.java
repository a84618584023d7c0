package dev.newswire.enrich.parse.text;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A line pattern behind a cheap necessary condition ({@link Cheap}): the pattern runs only on the lines the
 * condition lets through. The condition may let through lines the pattern refuses, never the reverse; the
 * equivalence tests hold every rule to that on every line of the fixtures and on generated lines.
 */
public final class LineRule {
  private final Pattern pattern;
  private final Predicate<String> mayMatch;
  private final boolean whole;

  private LineRule(Pattern pattern, Predicate<String> mayMatch, boolean whole) {
    this.pattern = pattern;
    this.mayMatch = mayMatch;
    this.whole = whole;
  }

  /** The whole line must match. */
  public static LineRule matching(Pattern pattern, Predicate<String> mayMatch) {
    return new LineRule(pattern, mayMatch, true);
  }

  /** The pattern must occur in the line. */
  public static LineRule finding(Pattern pattern, Predicate<String> mayMatch) {
    return new LineRule(pattern, mayMatch, false);
  }

  public boolean test(String line) {
    return mayMatch(line) && patternAlone(line);
  }

  /** The condition alone: false means the pattern cannot match (nor be found in) the line. */
  public boolean mayMatch(String line) {
    return mayMatch.test(line);
  }

  /** The pattern's own answer, without the condition: what {@link #test} must always agree with. */
  public boolean patternAlone(String line) {
    return whole ? pattern.matcher(line).matches() : pattern.matcher(line).find();
  }

  public Pattern pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
