package dev.newswire.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The background check behind the sink's "the database answers". */
class PeriodicProbeTest {
  @Test
  void followsTheCheckAndNeverWaitsForIt() throws Exception {
    AtomicBoolean answers = new AtomicBoolean(true);
    try (PeriodicProbe probe = new PeriodicProbe("the database", answers::get, Duration.ofMillis(20),
        Duration.ofSeconds(30))) {
      awaitProblem(probe, null);
      answers.set(false);
      awaitProblem(probe, "the database does not answer");
      answers.set(true);
      awaitProblem(probe, null);
    }
  }

  @Test
  void aCheckThatHangsCountsAsNoAnswer() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    try (PeriodicProbe probe = new PeriodicProbe("the database", () -> {
      if (!first.getAndSet(false)) {
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return true;
    }, Duration.ofMillis(10), Duration.ofMillis(300))) {
      long asked = System.nanoTime();
      String answer = probe.problem();
      assertThat(System.nanoTime() - asked).as("asking does not run the check").isLessThan(TimeUnit.SECONDS.toNanos(1));
      assertThat(answer).isIn(null, "the database not checked yet");
      awaitProblem(probe, "the database does not answer (no result for over 300 ms)");
      release.countDown();
    }
  }

  private static void awaitProblem(Probe probe, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Objects.equals(probe.problem(), expected)) {
      assertThat(System.nanoTime()).as("probe still says %s", probe.problem()).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
