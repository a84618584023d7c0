package dev.newswire.ingest;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Progress for long inputs: a line on stderr at most every two seconds, nothing for a quick run.
 */
public final class Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter out;
  private long started;
  private long lastPrinted;

  private Progress(PrintWriter out) {
    this.out = out;
  }

  public static Progress to(PrintWriter out) {
    return new Progress(out);
  }

  public static Progress to(PrintStream out) {
    return new Progress(new PrintWriter(out, true));
  }

  public static Progress quiet() {
    return new Progress(null);
  }

  void start(String what) {
    started = System.nanoTime();
    lastPrinted = started;
    if (out != null) {
      out.println("ingest: reading " + what);
      out.flush();
    }
  }

  void update(long pages, long bytes) {
    long now = System.nanoTime();
    if (out == null || now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    double seconds = (now - started) / 1e9;
    out.printf("ingest: %,d pages (%,.1f MB) in %.0f s, %,.0f pages/s%n", pages, bytes / 1e6, seconds, pages / seconds);
    out.flush();
  }

  /** Every rejected input gets its line, however quick the run. */
  void rejected(Rejected rejected) {
    if (out != null) {
      out.println("ingest: " + rejected.describe());
      out.flush();
    }
  }

  void finish(IngestSummary summary) {
    if (out != null) {
      out.println(summary.describe());
      out.flush();
    }
  }
}
