package io.secplat.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.ClientBuilder;
import io.secplat.core.ClientMetrics;
import io.secplat.core.ClientSettings;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.metrics.MicrometerMetrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's proxy, client-side rate limit and Micrometer metrics, against WireMock on 127.0.0.1. */
class ClientOptionsTest {
  static WireMockServer server;
  HttpStack stack;

  /** A builder like every vendor's, building the stack of a test vendor. */
  static final class StackBuilder extends ClientBuilder<StackBuilder, HttpStack> {
    @Override
    public HttpStack build() {
      ClientSettings settings = settings("Testvendor");
      return new HttpStack(settings, new HttpStackTest.TestVendor(),
          template -> template.header("Authorization", "TOKEN options-secret"), List.of(Secret.of("options-secret")));
    }

    ClientSettings settingsForTest() {
      return settings("Testvendor");
    }
  }

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

  @AfterEach
  void close() {
    if (stack != null) {
      stack.close();
    }
  }

  private StackBuilder builder() {
    return new StackBuilder().baseUrl("http://127.0.0.1:" + server.port())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build());
  }

  @Test
  void metricsCountEveryExchangeEachRetryAndShowTheBreakersState() {
    server.stubFor(get(urlEqualTo("/items/1/children")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    server.stubFor(get(urlEqualTo("/items/1/children")).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson("{\"ok\":true}")));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    stack = builder().metrics(MicrometerMetrics.of(registry)).build();

    assertThat(stack.target(HttpStackTest.ItemsApi.class).get("1")).containsEntry("ok", true);

    assertThat(registry.get("secplat.client.requests").tags("vendor", "Testvendor", "method", "GET",
        "operation", "get", "status", "503", "outcome", "SERVER_ERROR").timer().count()).isEqualTo(1);
    assertThat(registry.get("secplat.client.requests").tags("vendor", "Testvendor", "method", "GET",
        "operation", "get", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    assertThat(registry.get("secplat.client.requests").timers()).hasSize(2);
    assertThat(registry.get("secplat.client.retries").tags("vendor", "Testvendor", "operation", "get")
        .counter().count()).isEqualTo(1.0);
    assertThat(registry.get("resilience4j.circuitbreaker.state").tags("name", "Testvendor", "state", "closed")
        .gauge().value()).isEqualTo(1.0);
    assertThat(registry.get("resilience4j.circuitbreaker.state").tags("name", "Testvendor", "state", "open")
        .gauge().value()).isEqualTo(0.0);
    assertThat(registry.find("resilience4j.ratelimiter.available.permissions").gauges()).isEmpty();
    server.verify(2, getRequestedFor(anyUrl()));

    stack.close();
    stack = null;
    assertThat(registry.find("secplat.client.requests").timers()).isEmpty();
    assertThat(registry.find("secplat.client.retries").counters()).isEmpty();
    assertThat(registry.find("resilience4j.circuitbreaker.state").gauges()).isEmpty();
  }

  @Test
  void aConnectionFailureIsCountedAsIoError() throws IOException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    stack = new StackBuilder().baseUrl("http://127.0.0.1:" + closedPort()).retryPolicy(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.disabled()).metrics(MicrometerMetrics.of(registry)).build();

    assertThatThrownBy(() -> stack.target(HttpStackTest.ItemsApi.class).get("1"))
        .isInstanceOf(io.secplat.core.error.TransportException.class);

    assertThat(registry.get("secplat.client.requests").tags("status", "IO_ERROR", "outcome", "UNKNOWN",
        "operation", "get").timer().count()).isEqualTo(1);
    assertThat(registry.find("resilience4j.circuitbreaker.state").gauges()).isEmpty();
  }

  @Test
  void theRateLimitFailsARequestThatFindsNoPermitWithoutSendingIt() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"ok\":true}")));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    stack = builder().metrics(MicrometerMetrics.of(registry))
        .rateLimit(RateLimitPolicy.builder().permits(2).per(Duration.ofMinutes(1)).maxWait(Duration.ZERO).build())
        .build();
    HttpStackTest.ItemsApi api = stack.target(HttpStackTest.ItemsApi.class);

    api.get("1");
    api.get("2");
    assertThat(registry.get("resilience4j.ratelimiter.available.permissions").tag("name", "Testvendor")
        .gauge().value()).isEqualTo(0.0);
    assertThatThrownBy(() -> api.get("3"))
        .isInstanceOfSatisfying(ClientRateLimitedException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Testvendor GET /items/3/children was not sent: the client's rate "
              + "limit of 2 requests per PT1M had no free permit within PT0S");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.status()).isZero();
        });
    server.verify(2, getRequestedFor(anyUrl()));
    assertThat(registry.get("secplat.client.requests").timer().count()).isEqualTo(2);
    // The refused request is no call for the breaker: neither a success nor a failure.
    assertThat(registry.get("resilience4j.circuitbreaker.buffered.calls").tags("name", "Testvendor", "kind", "successful")
        .gauge().value()).isEqualTo(2.0);
    assertThat(registry.get("resilience4j.circuitbreaker.buffered.calls").tags("name", "Testvendor", "kind", "failed")
        .gauge().value()).isEqualTo(0.0);
  }

  @Test
  void theRateLimitMakesAnExtraRequestWaitForTheNextPeriod() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"ok\":true}")));
    long start = System.nanoTime();
    stack = builder()
        .rateLimit(RateLimitPolicy.builder().permits(1).per(Duration.ofMillis(700)).maxWait(Duration.ofSeconds(10)).build())
        .build();
    HttpStackTest.ItemsApi api = stack.target(HttpStackTest.ItemsApi.class);

    assertThat(api.get("1")).containsEntry("ok", true);
    assertThat(api.get("2")).containsEntry("ok", true);

    // The second permit exists only from the second period on, 700 ms after the limiter was made.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    server.verify(2, getRequestedFor(anyUrl()));
  }

  @Test
  void everyRequestGoesThroughTheProxyInAbsoluteForm() throws IOException {
    // The "vendor" is a closed port: only a proxy can answer.
    int vendorPort = closedPort();
    server.stubFor(get(urlEqualTo("/items/7/children")).willReturn(okJson("{\"via\":\"proxy\"}")));
    stack = new StackBuilder().baseUrl("http://127.0.0.1:" + vendorPort).retryPolicy(RetryPolicy.none())
        .proxy("127.0.0.1", server.port()).build();

    assertThat(stack.target(HttpStackTest.ItemsApi.class).get("7")).containsEntry("via", "proxy");

    LoggedRequest request = server.findAll(getRequestedFor(urlEqualTo("/items/7/children"))).get(0);
    assertThat(request.getAbsoluteUrl()).isEqualTo("http://127.0.0.1:" + vendorPort + "/items/7/children");
    assertThat(request.getHeader("Host")).isEqualTo("127.0.0.1:" + vendorPort);
    assertThat(request.getHeader("Authorization")).isEqualTo("TOKEN options-secret");
  }

  @Test
  void aJavaNetProxyIsUsedAsGiven() throws IOException {
    int vendorPort = closedPort();
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"via\":\"proxy\"}")));
    stack = new StackBuilder().baseUrl("http://127.0.0.1:" + vendorPort).retryPolicy(RetryPolicy.none())
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.port()))).build();

    assertThat(stack.target(HttpStackTest.ItemsApi.class).get("8")).containsEntry("via", "proxy");
    server.verify(1, getRequestedFor(urlEqualTo("/items/8/children")));
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> new StackBuilder().proxy("", 8080))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy host");
    assertThatThrownBy(() -> new StackBuilder().proxy("proxy.corp", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proxy port must be from 1 to 65535, was 0");
    assertThatThrownBy(() -> RateLimitPolicy.builder().permits(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permits");
    assertThatThrownBy(() -> RateLimitPolicy.builder().per(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("period must be positive, was PT0S");
    assertThatThrownBy(() -> RateLimitPolicy.builder().maxWait(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxWait must not be negative, was PT-1S");
    assertThat(RateLimitPolicy.unlimited().enabled()).isFalse();
    ClientSettings defaults = new StackBuilder().baseUrl("https://vendor.example").settingsForTest();
    assertThat(defaults.proxy()).isNull();
    assertThat(defaults.rateLimit()).isEqualTo(RateLimitPolicy.unlimited());
    assertThat(defaults.metrics().bind("Testvendor", null)).isSameAs(ClientMetrics.Recorder.NONE);
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
