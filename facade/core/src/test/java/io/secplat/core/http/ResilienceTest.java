package io.secplat.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.ClientSettings;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.CircuitOpenException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.ServerException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The circuit breaker per client and the retry policy's deadline. */
class ResilienceTest {
  static WireMockServer server;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  static HttpStackTest.ItemsApi api(RetryPolicy retry, CircuitBreakerPolicy breaker, HttpStack[] stack) {
    ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + server.port()),
        Duration.ofSeconds(2), Duration.ofSeconds(2), retry, "test-agent/1", HttpLogLevel.NONE, breaker);
    stack[0] = new HttpStack(settings, new HttpStackTest.TestVendor(),
        template -> template.header("Authorization", "TOKEN resilience-secret"), List.of(Secret.of("resilience-secret")));
    return stack[0].target(HttpStackTest.ItemsApi.class);
  }

  @Test
  void theBreakerOpensOnRepeatedServerFailuresFailsFastAndRecovers() throws InterruptedException {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.none(), CircuitBreakerPolicy.builder().failureRate(50)
        .minimumCalls(4).window(4).openFor(Duration.ofMillis(400)).trialCalls(1).build(), stack);
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> api.get("1")).isInstanceOf(ServerException.class);
    }
    assertThat(stack[0].circuitState()).isEqualTo("OPEN");
    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).isEqualTo("Testvendor GET /items/{id}/children was not sent: the circuit breaker "
              + "is open after repeated failures of Testvendor");
        });
    server.verify(4, getRequestedFor(anyUrl()));

    server.stubFor(get(anyUrl()).willReturn(okJson("{\"ok\":true}")));
    Thread.sleep(600);
    assertThat(api.get("1")).containsEntry("ok", true);
    assertThat(stack[0].circuitState()).isEqualTo("CLOSED");
    server.verify(5, getRequestedFor(anyUrl()));
  }

  @Test
  void clientErrorsDoNotOpenTheBreaker() {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.none(), CircuitBreakerPolicy.builder()
        .minimumCalls(2).window(2).build(), stack);
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> api.get("1")).isInstanceOf(NotFoundException.class);
    }
    assertThat(stack[0].circuitState()).isEqualTo("CLOSED");
    server.verify(6, getRequestedFor(anyUrl()));
  }

  @Test
  void aRetryAfterLongerThanTheRemainingDeadlineEndsTheRetries() {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(1))
        .deadline(Duration.ofMillis(1500)).build(), CircuitBreakerPolicy.disabled(), stack);
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

    assertThatThrownBy(() -> api.get("1")).isInstanceOf(ServerException.class);

    // t=0 fails, waits the 1 s asked for, t=1 s fails, and another 1 s would pass the 1.5 s deadline
    server.verify(2, getRequestedFor(anyUrl()));
  }

  @Test
  void withoutADeadlineInTheWayMaxAttemptsBoundsTheRetries() {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(1))
        .build(), CircuitBreakerPolicy.disabled(), stack);
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> api.get("1")).isInstanceOf(ServerException.class);
    server.verify(4, getRequestedFor(anyUrl()));
    assertThat(stack[0].circuitState()).isEqualTo("DISABLED");
  }

  @Test
  void badPoliciesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> CircuitBreakerPolicy.builder().failureRate(0).build())
        .hasMessage("failureRate must be a percentage from 1 to 100, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ZERO)).hasMessage("deadline must be positive, was PT0S");
  }
}
