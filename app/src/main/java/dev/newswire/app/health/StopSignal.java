package dev.newswire.app.health;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) as a request to stop, handled rather than left to the JVM: the command
 * stops its service in order (readiness first) and returns, so a clean stop exits 0, not 143.
 */
public final class StopSignal {
  private final CountDownLatch requested = new CountDownLatch(1);

  private StopSignal() {}

  /** From now on SIGTERM and SIGINT only ask this process to stop. */
  public static StopSignal install() {
    StopSignal stop = new StopSignal();
    for (String name : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(name), signal -> stop.request());
    }
    return stop;
  }

  /** Asks to stop, as a signal would: when the service ends on its own, say. */
  public void request() {
    requested.countDown();
  }

  public void await() throws InterruptedException {
    requested.await();
  }
}
