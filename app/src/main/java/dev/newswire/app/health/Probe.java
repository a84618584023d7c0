package dev.newswire.app.health;

/** One check of a service's state: null when all is well, otherwise a one-line reason. */
@FunctionalInterface
public interface Probe {
  String problem();

  /** The first problem of the probes, in order; null when there is none. */
  static Probe all(Probe... probes) {
    return () -> {
      for (Probe p : probes) {
        String problem = p.problem();
        if (problem != null) {
          return problem;
        }
      }
      return null;
    };
  }
}
