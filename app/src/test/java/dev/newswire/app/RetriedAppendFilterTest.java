package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class RetriedAppendFilterTest {
  private final LoggerContext context = new LoggerContext();
  private final RetriedAppendFilter filter = new RetriedAppendFilter();

  private LoggingEvent event(String logger, Throwable thrown) {
    return new LoggingEvent(getClass().getName(), context.getLogger(logger), Level.ERROR,
        "Error processing append operation on partition newswire.teasers-0", thrown, null);
  }

  @Test
  void theBrokersRetriedOutOfOrderAppendIsDropped() {
    assertThat(filter.decide(event(RetriedAppendFilter.LOGGER,
        new OutOfOrderSequenceException("Expected sequence 0 for transactions v2 idempotent producer")))).isEqualTo(FilterReply.DENY);
  }

  @Test
  void anyOtherErrorOfTheBrokerOrElsewhereStillShows() {
    assertThat(filter.decide(event(RetriedAppendFilter.LOGGER, new RecordTooLargeException("too large"))))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(RetriedAppendFilter.LOGGER, null))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event("dev.newswire.sink.SinkService", new OutOfOrderSequenceException("x"))))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void theCommandLinesLogConfigurationUsesIt() throws Exception {
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback.xml"));
    Appender<?> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("ERR");
    assertThat(console.getCopyOfAttachedFiltersList()).hasAtLeastOneElementOfType(RetriedAppendFilter.class);
  }
}
