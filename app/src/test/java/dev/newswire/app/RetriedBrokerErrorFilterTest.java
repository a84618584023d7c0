package dev.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotControllerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class RetriedBrokerErrorFilterTest {
  private final LoggerContext context = new LoggerContext();
  private final RetriedBrokerErrorFilter filter = new RetriedBrokerErrorFilter();

  private LoggingEvent event(String logger, Throwable thrown) {
    return event(logger, "Error processing append operation on partition newswire.teasers-0", thrown);
  }

  private LoggingEvent event(String logger, String message, Throwable thrown) {
    return new LoggingEvent(getClass().getName(), context.getLogger(logger), Level.ERROR, message, thrown, null);
  }

  private static final String REGISTRATION = "Unexpected error handling request RequestHeader(apiKey=CONTROLLER_REGISTRATION,"
      + " apiVersion=0, clientId=1, correlationId=0, headerVersion=2) -- ControllerRegistrationRequestData(controllerId=1)";

  private static Throwable notController() {
    return new CompletionException(new NotControllerException("The active controller appears to be node 1."));
  }

  @Test
  void theBrokersRetriedOutOfOrderAppendIsDropped() {
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.APPENDS,
        new OutOfOrderSequenceException("Expected sequence 0 for transactions v2 idempotent producer")))).isEqualTo(FilterReply.DENY);
  }

  @Test
  void theBrokersRetriedRegistrationWithItsRestartingControllerIsDropped() {
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.CONTROLLER_APIS, REGISTRATION, notController())))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void anyOtherControllerErrorStillShows() {
    // Another request refused the same way, the registration failing otherwise, or without a cause.
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.CONTROLLER_APIS,
        REGISTRATION.replace("CONTROLLER_REGISTRATION", "CREATE_TOPICS"), notController()))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.CONTROLLER_APIS, REGISTRATION,
        new CompletionException(new RecordTooLargeException("x"))))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.CONTROLLER_APIS, REGISTRATION, null)))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.APPENDS, REGISTRATION, notController())))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void anyOtherErrorOfTheBrokerOrElsewhereStillShows() {
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.APPENDS, new RecordTooLargeException("too large"))))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event(RetriedBrokerErrorFilter.APPENDS, null))).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(event("dev.newswire.sink.SinkService", new OutOfOrderSequenceException("x"))))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void theCommandLinesLogConfigurationUsesIt() throws Exception {
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback.xml"));
    Appender<?> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("ERR");
    assertThat(console.getCopyOfAttachedFiltersList()).hasAtLeastOneElementOfType(RetriedBrokerErrorFilter.class);
  }
}
