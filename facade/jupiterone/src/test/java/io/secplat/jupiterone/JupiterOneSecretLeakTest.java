package io.secplat.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.secplat.core.Canary;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A canary API key never appears in a log line (every level on), an exception or a toString. */
class JupiterOneSecretLeakTest {
  static final String CANARY = Canary.JUPITERONE_KEY;

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
  void theApiKeyNeverLeaks() {
    List<String> texts = new ArrayList<>();
    JupiterOneMock mock = new JupiterOneMock().j1qlPageSize(2);
    try (MockProviders mocks = MockProviders.start(0, mock)) {
      JupiterOneClient.Builder builder = JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of(CANARY))
          .accountId("acc-1").logLevel(HttpLogLevel.FULL)
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build());
      texts.add(builder.toString());
      try (JupiterOneClient j1 = builder.build()) {
        texts.add(j1.toString());
        j1.query("FIND User").stream().limit(3).forEach(row -> { });
        j1.query("FIND Person", QueryOptions.defaults().deferred(Duration.ofSeconds(5), Duration.ofMillis(5), Duration.ofMillis(5)))
            .stream().count();
        j1.iam().groups().stream().count();
        j1.sync().run(SyncJobSpec.diff("leak"), Stream.of(new io.secplat.jupiterone.generated.model.SyncEntity().key("k").type("t")),
            Stream.empty());
        texts.add(Texts.describe(catchThrowable(() -> j1.entities().delete("missing"))));
        mock.rateLimitNextGraphQlRequests(5);
        texts.add(Texts.describe(catchThrowable(() -> j1.query("FIND User").iterator().hasNext())));
      }
      // a server that echoes the key back, in a GraphQL error and in a REST error, must not carry it into the exception
      mocks.server().stubFor(post(urlPathEqualTo("/rules/graphql")).atPriority(0).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"errors\":[{\"message\":\"key Bearer " + CANARY + " is not allowed\",\"extensions\":{\"code\":\"FORBIDDEN\"}}]}")));
      mocks.server().stubFor(post(urlPathEqualTo("/persister/synchronization/jobs")).atPriority(0).willReturn(aResponse()
          .withStatus(401).withHeader("Content-Type", "application/json")
          .withBody("{\"error\":{\"code\":\"AUTH\",\"message\":\"bad key " + CANARY + "\"}}")));
      try (JupiterOneClient j1 = builder.build()) {
        texts.add(Texts.describe(catchThrowable(() -> j1.alertRules().delete("r-1"))));
        texts.add(Texts.describe(catchThrowable(() -> j1.sync().run(SyncJobSpec.diff("x"), Stream.empty(), Stream.empty()))));
      }
      try (JupiterOneClient offline = JupiterOneClient.builder().baseUrl("http://127.0.0.1:1").apiKey(Secret.of(CANARY))
          .accountId("acc-1").logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.none()).build()) {
        texts.add(Texts.describe(catchThrowable(() -> offline.query("FIND User").iterator().hasNext())));
        texts.add(Texts.describe(catchThrowable(() -> offline.rawData().entries("e"))));
      }
    }
    List<ILoggingEvent> events;
    synchronized (logs) { // the appender appends under its own lock; server threads may still be logging
      events = new ArrayList<>(logs.list);
    }
    events.stream().filter(event -> !Texts.isServerSide(event.getLoggerName())).forEach(event -> texts.add(
        event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())));

    assertThat(events).as("HTTP logging really ran").anyMatch(e -> e.getLoggerName().equals("io.secplat.http"));
    assertThat(events).anyMatch(e -> e.getFormattedMessage().contains("/iam/graphql"));
    assertThat(events).anyMatch(e -> e.getFormattedMessage().contains("\"operationName\":\"QueryV1\""));
    assertThat(texts).hasSizeGreaterThan(20).noneMatch(text -> text.contains(Canary.MARKER));
    assertThat(texts).anyMatch(text -> text.contains("[REDACTED]"));
  }

  /** What the leak test collects, as in the Britive leak test. */
  static final class Texts {
    private Texts() {}

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
}
