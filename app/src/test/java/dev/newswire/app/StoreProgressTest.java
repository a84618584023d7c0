package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StoreProgressTest {
  private long now = 5_000_000_000L;
  private final StringWriter text = new StringWriter();
  private final StoreProgress progress = new StoreProgress(new PrintWriter(text), () -> now);

  @Test
  void aQuickWaitSaysNothing() {
    progress.start();
    now += StoreProgress.INTERVAL_NANOS - 1;
    progress.update(5000, 5000, 5000);
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void aLongWaitSaysAtMostEveryIntervalWithTheRateOverTheLastOne() {
    progress.start();
    now += 2_500_000_000L;
    progress.update(1000, 4000, 20_000);
    now += 1_000_000_000L;
    progress.update(1500, 6000, 20_000);
    now += 1_500_000_000L;
    progress.update(7000, 20_000, 20_000);
    assertThat(text.toString().lines()).containsExactly(
        "store: 1,000 of 20,000 pages done (enrich through 4,000) after 3 s, 400 pages/s over the last 2.5 s",
        "store: 7,000 of 20,000 pages done (enrich through 20,000) after 5 s, 2,400 pages/s over the last 2.5 s");
  }
}
