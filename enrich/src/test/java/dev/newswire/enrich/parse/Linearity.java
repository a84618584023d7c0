package dev.newswire.enrich.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Timing checks that tell linear from quadratic work on a loaded machine: each size is timed in the thread's
 * own CPU time (time spent waiting for a core does not count) as the best of several runs after a warm-up,
 * and only the ratio between the largest and the smallest size is judged, so a slow machine shifts all times
 * alike. Linear work grows 8-fold from the smallest size to the largest, quadratic 64-fold; the bound sits
 * between.
 */
final class Linearity {
  static final int[] SIZES = {10_000, 20_000, 40_000, 80_000};
  private static final double MAX_RATIO = 24;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int RUNS = 3;
  /** Below this the largest input is too fast for its time to mean anything, and too fast to be quadratic. */
  private static final long NOISE_FLOOR_NANOS = 5_000_000;
  /** A single run this slow is quadratic already; failing at once keeps the old code from running for minutes. */
  private static final long ONE_RUN_LIMIT_NANOS = 2_000_000_000L;

  private Linearity() {
  }

  /** Text of exactly {@code length} characters: the prefix, the unit repeated, the suffix. */
  static String shape(String prefix, String unit, String suffix, int length) {
    StringBuilder out = new StringBuilder(length).append(prefix);
    while (out.length() < length - suffix.length()) {
      out.append(unit);
    }
    out.setLength(Math.max(0, length - suffix.length()));
    return out.append(suffix).substring(0, length);
  }

  /** The CPU time the current thread spends on the work. */
  static long cpuNanos(Runnable work) {
    long start = THREADS.getCurrentThreadCpuTime();
    work.run();
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  static void assertLinear(String what, IntFunction<String> input, Consumer<String> work) {
    String[] inputs = new String[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      inputs[i] = input.apply(SIZES[i]);
    }
    bestOf(what, inputs[0], work, 2);
    long[] best = new long[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      best[i] = bestOf(what, inputs[i], work, RUNS);
    }
    long largest = best[SIZES.length - 1];
    if (largest < NOISE_FLOOR_NANOS) {
      return;
    }
    double ratio = (double) largest / Math.max(best[0], 1);
    assertThat(ratio)
        .as("%s: %.1f ms on %,d chars, %.1f ms on %,d chars", what, best[0] / 1e6, SIZES[0], largest / 1e6,
            SIZES[SIZES.length - 1])
        .isLessThan(MAX_RATIO);
  }

  /** The best of {@code runs} timings of the work on one input, failing at once on a run that is far too slow. */
  static long bestOf(String what, String text, Consumer<String> work, int runs) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long took = cpuNanos(() -> work.accept(text));
      if (took > ONE_RUN_LIMIT_NANOS) {
        fail("%s: one run took %.1f s on %,d chars", what, took / 1e9, text.length());
      }
      best = Math.min(best, took);
    }
    return best;
  }
}
