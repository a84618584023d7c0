package dev.newswire.app;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a run's wait for its pages to reach the store: a line on stderr at most every two
 * seconds, nothing for a quick wait. A 200,000-page replay waits a minute or more after its (empty)
 * ingest; without this it said nothing in that time. The rate is over the last interval, not since
 * the start, so that it shows where a run stands once warm. It also says how many pages enrich is through, since
 * the store can stand still for seconds while it catches up: the sink reads a topic's backlog in long runs of
 * one kind of event, and a page is done only when all of its rows are in.
 */
final class StoreProgress {
  static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter out;
  private final LongSupplier nanoClock;
  private long started;
  private long lastAt;
  private long lastDone;

  StoreProgress(PrintWriter out, LongSupplier nanoClock) {
    this.out = out;
    this.nanoClock = nanoClock;
  }

  static StoreProgress to(PrintWriter out) {
    return new StoreProgress(out, System::nanoTime);
  }

  static StoreProgress quiet() {
    return new StoreProgress(null, System::nanoTime);
  }

  void start() {
    started = nanoClock.getAsLong();
    lastAt = started;
    lastDone = 0;
  }

  /**
   * @param done pages stored or dead-lettered so far, of {@code total}
   * @param enriched pages enrich has parsed or dead-lettered so far, those done among them
   */
  void update(long done, long enriched, long total) {
    long now = nanoClock.getAsLong();
    if (out == null || now - lastAt < INTERVAL_NANOS) {
      return;
    }
    double interval = (now - lastAt) / 1e9;
    out.printf("store: %,d of %,d pages done (enrich through %,d) after %.0f s, %,.0f pages/s over the last %.1f s%n",
        done, total, enriched, (now - started) / 1e9, (done - lastDone) / interval, interval);
    out.flush();
    lastAt = now;
    lastDone = done;
  }
}
