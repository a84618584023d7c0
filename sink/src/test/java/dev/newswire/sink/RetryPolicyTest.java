package dev.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30));

  @Test
  void waitsDoubleUpToTheCapAndStayThere() {
    assertThat(policy.delay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delay(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.delay(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delay(7)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delay(64)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> policy.delay(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
