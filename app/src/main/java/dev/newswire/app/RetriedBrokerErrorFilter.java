package dev.newswire.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops two ERRORs of the embedded broker for requests that are refused as retriable and then
 * succeed, each of which printed its whole stack trace into a run that went on to store every page
 * exactly once. Any other error of the broker still shows.
 *
 * <ul>
 *   <li>An append refused with an out-of-order sequence: with transactions v2 (KIP-890, KAFKA-18202)
 *       a broker refuses a producer's later batch while the first one of its transaction is still
 *       being verified, and the producer sends it again; on a loaded machine a run printed a dozen.
 *   <li>The broker's registration with its own controller, refused as "not controller" while the
 *       controller of a restarted single-node cluster is still taking over; the broker asks again. A
 *       `run --replay`, which restarts the broker on its data, printed it in six of ten runs.
 * </ul>
 */
public final class RetriedBrokerErrorFilter extends Filter<ILoggingEvent> {
  static final String APPENDS = "kafka.server.ReplicaManager";
  static final String OUT_OF_ORDER = "org.apache.kafka.common.errors.OutOfOrderSequenceException";
  static final String CONTROLLER_APIS = "kafka.server.ControllerApis";
  static final String NOT_CONTROLLER = "org.apache.kafka.common.errors.NotControllerException";
  static final String REGISTRATION = "apiKey=CONTROLLER_REGISTRATION";

  @Override
  public FilterReply decide(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown == null) {
      return FilterReply.NEUTRAL;
    }
    if (APPENDS.equals(event.getLoggerName()) && OUT_OF_ORDER.equals(thrown.getClassName())) {
      return FilterReply.DENY;
    }
    if (CONTROLLER_APIS.equals(event.getLoggerName()) && causedBy(thrown, NOT_CONTROLLER)
        && event.getFormattedMessage() != null && event.getFormattedMessage().contains(REGISTRATION)) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean causedBy(IThrowableProxy thrown, String className) {
    for (IThrowableProxy t = thrown; t != null; t = t.getCause()) {
      if (className.equals(t.getClassName())) {
        return true;
      }
    }
    return false;
  }
}
