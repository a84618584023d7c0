package dev.newswire.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the embedded broker's ERROR for an append it refused with an out-of-order sequence. With
 * transactions v2 (KIP-890, KAFKA-18202) a broker refuses a producer's later batch while the first
 * one of its transaction is still being verified, as a retriable error, and the producer sends it
 * again; on a loaded machine a run printed a dozen of these at start-up, each with its stack trace,
 * and stored every page exactly once. Any other error of the broker still shows.
 */
public final class RetriedAppendFilter extends Filter<ILoggingEvent> {
  static final String LOGGER = "kafka.server.ReplicaManager";
  static final String REFUSAL = "org.apache.kafka.common.errors.OutOfOrderSequenceException";

  @Override
  public FilterReply decide(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    return LOGGER.equals(event.getLoggerName()) && thrown != null && REFUSAL.equals(thrown.getClassName())
        ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
