package dev.newswire.app;

import java.util.regex.Pattern;

/**
 * Text from pages made safe for a terminal: a stored title can hold escape sequences that would
 * recolour, retitle or rewrite the user's terminal, so they and every other control character go.
 */
final class Printable {
  // ESC [ ... final byte (CSI), ESC ] ... BEL or ESC \ (OSC), ESC and one more character.
  private static final Pattern ESCAPE_SEQUENCE =
      Pattern.compile("\u001B\\[[0-?]*+[ -/]*+[@-~]?|\u001B\\][^\u0007\u001B]*+(?:\u0007|\u001B\\\\)?|\u001B.?|\u009B[0-?]*+[ -/]*+[@-~]?");
  // C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown.
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069]");

  private Printable() {}

  static String of(String text) {
    if (text == null) {
      return null;
    }
    String stripped = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
    return CONTROL.matcher(stripped.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).replaceAll("");
  }
}
