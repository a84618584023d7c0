package dev.newswire.app.health;

import dev.newswire.enrich.EnrichService;
import org.apache.kafka.streams.KafkaStreams.State;

/** Liveness and readiness of the enrich Streams application. */
public final class EnrichProbes {
  private EnrichProbes() {}

  /** Live unless Streams has failed or stopped (its threads dead: a restart is the cure). */
  public static Probe live(EnrichService enrich) {
    return () -> {
      State state = enrich.state();
      return state.isRunningOrRebalancing() || state == State.CREATED ? null : "enrich streams " + state;
    };
  }

  /** Ready while Streams is RUNNING: partitions assigned, state restored, processing. */
  public static Probe ready(EnrichService enrich) {
    return () -> {
      State state = enrich.state();
      return state == State.RUNNING ? null : "enrich streams " + state + ", not RUNNING";
    };
  }
}
