package dev.newswire.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text exposition, read for the values of one metric. */
record Metrics(String text) {
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);

  /** Both expositions, as one: sums are then over the instances. */
  Metrics plus(Metrics other) {
    return new Metrics(text + "\n" + other.text);
  }

  /** The sum of the samples named {@code name} whose labels contain every given {@code label="value"}. */
  double sum(String name, String... labels) {
    double sum = 0;
    Matcher m = SAMPLE.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(name) && hasAll(m.group(2), labels)) {
        sum += Double.parseDouble(m.group(3));
      }
    }
    return sum;
  }

  boolean has(String name) {
    Matcher m = SAMPLE.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAll(String labels, String... wanted) {
    for (String label : wanted) {
      if (labels == null || !labels.contains(label)) {
        return false;
      }
    }
    return true;
  }
}
