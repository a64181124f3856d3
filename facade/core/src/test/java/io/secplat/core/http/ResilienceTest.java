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
          assertThat(e.getMessage()).isEqualTo("Testvendor GET /items/1/children was not sent: the circuit breaker "
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

  @Test
  void aRetryAfterBeyondTheCapEndsTheRetriesAtOnceAndIsReported() {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(1))
        .maxRetryAfter(Duration.ofSeconds(1)).build(), CircuitBreakerPolicy.disabled(), stack);
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.get("1")).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.details().retryAfter()).isEqualTo(Duration.ofSeconds(5)));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    server.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void aPostWhosePooledConnectionIsResetAfterSendingIsSentOnce() {
    HttpStack[] stack = new HttpStack[1];
    HttpStackTest.ItemsApi api = api(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build(),
        CircuitBreakerPolicy.disabled(), stack);
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"ok\":true}")));
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(anyUrl())
        .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    api.get("1"); // the POST goes over this pooled keep-alive connection, where OkHttp's own retry would re-send it

    assertThatThrownBy(() -> api.create(java.util.Map.of("name", "x")))
        .isExactlyInstanceOf(io.secplat.core.error.TransportException.class);
    server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(anyUrl()));
  }

  @Test
  void aConnectionThatCouldNotBeOpenedIsRetriedEvenForAPost() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + closed), Duration.ofSeconds(2),
        Duration.ofSeconds(2), RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(200)).multiplier(1)
        .jitter(0).build(), "test-agent/1", HttpLogLevel.NONE, CircuitBreakerPolicy.disabled());
    HttpStack stack = new HttpStack(settings, new HttpStackTest.TestVendor(), template -> { }, List.of());
    HttpStackTest.ItemsApi api = stack.target(HttpStackTest.ItemsApi.class);

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.create(java.util.Map.of("name", "x")))
        .isInstanceOfSatisfying(io.secplat.core.error.RequestNotSentException.class, e -> {
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo("/items");
          assertThat(e.status()).isZero();
        });
    // three attempts: two fixed 200 ms waits between them
    assertThat((System.nanoTime() - start) / 1_000_000).isBetween(400L, 3000L);
    stack.close();
  }
}
