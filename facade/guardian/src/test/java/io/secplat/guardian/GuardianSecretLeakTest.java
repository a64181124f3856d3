package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.secplat.core.Canary;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.guardian.GuardianMock;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Canary keys never appear in a log line (every level on), an exception or a toString: neither
 * key alone, nor the two joined as the token.
 */
class GuardianSecretLeakTest {
  static final String API_CANARY = Canary.GUARDIAN_API_KEY;
  static final String SECRET_CANARY = Canary.GUARDIAN_SECRET_KEY;
  static final String JOINED = API_CANARY + SECRET_CANARY;

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
  void theKeysNeverLeak() throws Exception {
    List<String> texts = new ArrayList<>();
    try (MockProviders mocks = MockProviders.start(0, new GuardianMock())) {
      GuardianClient.Builder builder = GuardianClient.builder().baseUrl(mocks.baseUrl())
          .apiKey(Secret.of(API_CANARY)).secretKey(Secret.of(SECRET_CANARY)).logLevel(HttpLogLevel.FULL)
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build());
      texts.add(builder.toString());
      try (GuardianClient guardian = builder.build()) {
        texts.add(guardian.toString());
        guardian.nodes().list().stream().limit(25).forEach(node -> { });
        guardian.nodeGroups().create(new io.secplat.guardian.generated.model.NodeGroupCreateAttributes().name("Canary"));
        guardian.users().invite("canary+user@example.com", UserRole.MEMBER);
        try (InputStream csv = guardian.changeReport().csv(ChangeReportOptions.defaults())) {
          csv.readAllBytes();
        }
        assertThat(guardian.nodes().lookupByName("missing")).isEmpty();
        texts.add(describe(catchThrowable(() -> guardian.nodes().get(9999))));
      }
      // a server that echoes the credential back must not carry it into the exception
      mocks.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v2/nodes/311.json")).atPriority(0)
          .willReturn(WireMock.aResponse().withStatus(401).withHeader("Content-Type", "application/json")
              .withBody("{\"error\":\"bad Token token=\\\"" + JOINED + "\\\" (key " + API_CANARY + ")\"}")));
      try (GuardianClient guardian = builder.build()) {
        texts.add(describe(catchThrowable(() -> guardian.nodes().get(311))));
      }
      try (GuardianClient offline = GuardianClient.builder().baseUrl("http://127.0.0.1:1").apiKey(Secret.of(API_CANARY))
          .secretKey(Secret.of(SECRET_CANARY)).logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.none()).build()) {
        texts.add(describe(catchThrowable(() -> offline.nodes().get(311))));
      }
    }
    logs.list.stream().filter(event -> !isServerSide(event.getLoggerName())).forEach(event -> texts.add(
        event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())));

    assertThat(logs.list).as("HTTP logging really ran at every level").anyMatch(e -> e.getLoggerName().equals("io.secplat.http"));
    assertThat(logs.list).anyMatch(e -> e.getFormattedMessage().contains("/api/v2/nodes.json"));
    assertThat(texts).anyMatch(text -> text.contains("bad Token token=\\\"[REDACTED]"));
    assertThat(texts).hasSizeGreaterThan(20)
        .noneMatch(text -> text.contains(Canary.MARKER));
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
