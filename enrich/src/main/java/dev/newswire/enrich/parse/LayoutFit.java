package dev.newswire.enrich.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a page fits one layout: the points of the signals a layout parser found in it, and their names (for
 * warnings and dead letters). The page is read as the layout with the most points, provided that is at least
 * {@link #ENOUGH}; an address alone never is, since any bytes can be given any address (by {@code --url} or a
 * web archive's target), so some sign in the page itself is always needed.
 */
public record LayoutFit(int score, List<String> signals) {
  /** Markup or a line only this layout prints (its header, its teaser block, its page frame): enough alone. */
  public static final int MARKER = 4;
  /** The page's address is on this layout's site, in its path form. */
  public static final int ADDRESS = 2;
  /** Structure several layouts share: a KCNA dateline, the kcna.kp footer, the {@code -0-} end mark. */
  public static final int SHARED = 1;
  /** The address is on another site: whatever the text says, the page is not this layout's. */
  public static final int OTHER_SITE = -MARKER;
  /** The least a page must score to be read as a layout; below it, the page is unrecognised. */
  public static final int ENOUGH = 3;
  /** A runner-up within this many points of the best makes the choice doubtful, and the page says so. */
  public static final int CLOSE = 1;

  public LayoutFit {
    signals = List.copyOf(signals);
  }

  public static LayoutFit none() {
    return new LayoutFit(0, List.of());
  }

  /** This fit with the signal added when it is present. */
  public LayoutFit plus(boolean present, int points, String signal) {
    if (!present) {
      return this;
    }
    List<String> more = new ArrayList<>(signals);
    more.add(signal);
    return new LayoutFit(score + points, more);
  }

  public boolean enough() {
    return score >= ENOUGH;
  }

  /** {@code 6 (kcnawatch address, Date/Source header)}. */
  public String describe() {
    return score + " (" + (signals.isEmpty() ? "no signal" : String.join(", ", signals)) + ")";
  }
}
