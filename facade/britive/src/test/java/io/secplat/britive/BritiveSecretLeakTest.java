package io.secplat.britive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A canary token never appears in a log line (every level on), an exception or a toString. */
class BritiveSecretLeakTest {
  static final String CANARY = "CANARY-7f3e9a1b-britive-token";

  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  Logger root;
  Level previous;
  ch.qos.logback.core.Appender<ILoggingEvent> console;

  @BeforeEach
  void captureEveryLogLine() {
    root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    ((Logger) LoggerFactory.getLogger("io.secplat")).setLevel(Level.TRACE);
    console = root.getAppender("CONSOLE");
    root.detachAppender("CONSOLE");
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void restore() {
    root.detachAppender(logs);
    if (console != null) {
      root.addAppender(console);
    }
    root.setLevel(previous);
    ((Logger) LoggerFactory.getLogger("io.secplat")).setLevel(Level.DEBUG);
  }

  @Test
  void theTokenNeverLeaks() {
    List<String> texts = new ArrayList<>();
    try (MockProviders mocks = MockProviders.start(0, new BritiveMock())) {
      BritiveClient.Builder builder = BritiveClient.builder().baseUrl(mocks.baseUrl()).token(Secret.of(CANARY))
          .logLevel(HttpLogLevel.FULL)
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build());
      texts.add(builder.toString());
      try (BritiveClient britive = builder.build()) {
        texts.add(britive.toString());
        britive.environments().list("app-1");
        britive.environments().createGroup("app-1", "g", "r-pak3", null);
        britive.accounts().list("app-1", "env-1", ListOptions.defaults()).stream().limit(3).forEach(a -> { });
        texts.add(describe(catchThrowable(() -> britive.environments().delete("app-1", "missing"))));
      }
      // a server error that echoes the credential back must not carry it into the exception
      mocks.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
              com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/apps/echo/environments"))
          .atPriority(0)
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)
              .withBody("{\"errorCode\":\"AUTH\",\"message\":\"bad token TOKEN " + CANARY + "\"}")));
      try (BritiveClient britive = builder.build()) {
        texts.add(describe(catchThrowable(() -> britive.environments().list("echo"))));
      }
      try (BritiveClient offline = BritiveClient.builder().baseUrl("http://127.0.0.1:1").token(Secret.of(CANARY))
          .logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.none()).build()) {
        texts.add(describe(catchThrowable(() -> offline.environments().list("app-1"))));
      }
    }
    // The in-process mock server's own stack (Jetty, WireMock) receives the token by definition
    // and logs requests at DEBUG; it is the server, not the client library under test.
    logs.list.stream().filter(event -> !isServerSide(event.getLoggerName())).forEach(event -> texts.add(event.getFormattedMessage()
        + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())));

    assertThat(logs.list).as("HTTP logging really ran at every level").anyMatch(e -> e.getLoggerName().equals("io.secplat.http"));
    assertThat(logs.list).anyMatch(e -> e.getFormattedMessage().contains("/api/apps/app-1/environments"));
    assertThat(texts).hasSizeGreaterThan(10).noneMatch(text -> text.contains(CANARY));
  }

  static boolean isServerSide(String logger) {
    return logger.startsWith("org.eclipse.jetty") || logger.startsWith("com.github.tomakehurst.wiremock")
        || logger.startsWith("wiremock");
  }

  static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t.toString() + "\n" + out;
  }
}
