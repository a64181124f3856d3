package io.secplat.britive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.secplat.core.Canary;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.LogCapture;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A canary token never appears in a log line (every level on), an exception or a toString. */
class BritiveSecretLeakTest {
  static final String CANARY = Canary.BRITIVE_TOKEN;

  @RegisterExtension
  final LogCapture logs = new LogCapture();

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
      mocks.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/apps/echo/environments")).atPriority(0)
          .willReturn(WireMock.aResponse().withStatus(401)
              .withBody("{\"errorCode\":\"AUTH\",\"message\":\"bad token TOKEN " + CANARY + "\"}")));
      try (BritiveClient britive = builder.build()) {
        texts.add(describe(catchThrowable(() -> britive.environments().list("echo"))));
      }
      try (BritiveClient offline = BritiveClient.builder().baseUrl("http://127.0.0.1:1").token(Secret.of(CANARY))
          .logLevel(HttpLogLevel.FULL).retryPolicy(RetryPolicy.none()).build()) {
        texts.add(describe(catchThrowable(() -> offline.environments().list("app-1"))));
      }
    }
    texts.addAll(logs.clientLines());

    assertThat(logs.linesOf("io.secplat.http")).as("HTTP logging really ran").isPositive();
    assertThat(logs.clientLines()).anyMatch(line -> line.contains("/api/apps/app-1/environments"));
    assertThat(texts).hasSizeGreaterThan(10).noneMatch(text -> text.contains(Canary.MARKER));
  }

  static String describe(Throwable t) {
    assertThat(t).isNotNull();
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t + "\n" + out;
  }
}
