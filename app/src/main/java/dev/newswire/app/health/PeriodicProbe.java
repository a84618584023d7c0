package dev.newswire.app.health;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A check too slow to run on every request (a database round trip, which waits a connection timeout
 * when the database is away), run in the background every interval; a request reads the last result.
 */
public final class PeriodicProbe implements Probe, AutoCloseable {
  private final String what;
  private final BooleanSupplier check;
  private final long staleAfterNanos;
  private final ScheduledExecutorService timer;
  private volatile boolean ok;
  private volatile long checkedAt;
  private volatile boolean checked;

  /**
   * @param what names the part checked, as in "the database does not answer"
   * @param staleAfter a result older than this counts as no answer: the check itself hangs
   */
  public PeriodicProbe(String what, BooleanSupplier check, Duration every, Duration staleAfter) {
    this.what = what;
    this.check = check;
    this.staleAfterNanos = staleAfter.toNanos();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "health-check");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::run, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    boolean answer;
    try {
      answer = check.getAsBoolean();
    } catch (RuntimeException e) {
      answer = false;
    }
    ok = answer;
    checkedAt = System.nanoTime();
    checked = true;
  }

  @Override
  public String problem() {
    if (!checked) {
      return what + " not checked yet";
    }
    if (System.nanoTime() - checkedAt > staleAfterNanos) {
      return what + " does not answer (no result for over " + staleAfterNanos / 1_000_000 + " ms)";
    }
    return ok ? null : what + " does not answer";
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
