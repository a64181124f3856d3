package io.secplat.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * A JUnit extension that turns every logger up to TRACE and keeps every line logged during a
 * test, for the canary tests that prove no credential is ever logged. Lines from the in-process
 * mock server's own stack (Jetty, WireMock) are left out: the server receives the credential by
 * definition; it is not the client library under test.
 *
 * <pre>{@code
 * @RegisterExtension final LogCapture logs = new LogCapture();
 * ...
 * assertThat(logs.clientLines()).noneMatch(line -> line.contains(CANARY));
 * }</pre>
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger root;
  private Level previousRoot;
  private Level previousSecplat;
  private Appender<ILoggingEvent> console;

  @Override
  public void beforeEach(ExtensionContext context) {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger secplat = (Logger) LoggerFactory.getLogger("io.secplat");
    previousRoot = root.getLevel();
    previousSecplat = secplat.getLevel();
    root.setLevel(Level.TRACE);
    secplat.setLevel(Level.TRACE);
    console = root.getAppender("CONSOLE");
    root.detachAppender("CONSOLE");
    appender.list.clear();
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(appender);
    if (console != null) {
      root.addAppender(console);
    }
    root.setLevel(previousRoot);
    ((Logger) LoggerFactory.getLogger("io.secplat")).setLevel(previousSecplat);
  }

  /** @return every line logged by the client side, with the message of any attached throwable */
  public List<String> clientLines() {
    return appender.list.stream()
        .filter(event -> !isServerSide(event.getLoggerName()))
        .map(event -> event.getFormattedMessage()
            + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()))
        .collect(Collectors.toList());
  }

  /**
   * @param logger a logger name
   * @return how many lines that logger wrote
   */
  public long linesOf(String logger) {
    return appender.list.stream().filter(event -> event.getLoggerName().equals(logger)).count();
  }

  private static boolean isServerSide(String logger) {
    return logger.startsWith("org.eclipse.jetty") || logger.startsWith("com.github.tomakehurst.wiremock")
        || logger.startsWith("wiremock");
  }
}
