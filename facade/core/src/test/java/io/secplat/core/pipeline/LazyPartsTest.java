package io.secplat.core.pipeline;

import static io.secplat.core.pipeline.PipelineTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RateLimitPolicy;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.error.TlsException;
import io.secplat.core.http.HttpStack;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a client builds on first use instead of in {@code build()} (the JSON mapper, the circuit
 * breaker and rate limiter, the JDK HTTP client): nothing of it before the first call, each part
 * exactly once when many first calls race, and settings it would refuse still fail the build.
 */
class LazyPartsTest {
  private static final int THREADS = 8;

  @Test
  void aBuiltClientHasBuiltNoneOfItsLazyPartsAndSentNothing() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{}")))) {
      HttpStack stack = new PipelineTest.Builder().baseUrl(server.url())
          .rateLimit(RateLimitPolicy.builder().permits(5).per(Duration.ofSeconds(1)).build()).build();
      Pipeline pipeline = stack.pipeline();

      assertThat(pipeline.jsonBuilt()).isFalse();
      assertThat(pipeline.breakerBuilt()).isFalse();
      assertThat(pipeline.transportBuilds()).isZero();
      assertThat(stack.circuitState()).isEqualTo("CLOSED");
      assertThat(pipeline.breakerBuilt()).as("asking for the state builds no breaker").isFalse();
      stack.close();
      assertThat(pipeline.transportBuilds()).as("closing builds nothing").isZero();
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void manyFirstCallsAtOnceBuildTheHttpClientBreakerLimiterAndMapperOnce() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{\"a\":1}")))) {
      // One permit fewer than callers, none refilled during the test: two limiters would let all through.
      HttpStack stack = new PipelineTest.Builder().baseUrl(server.url())
          .rateLimit(RateLimitPolicy.builder().permits(THREADS - 1).per(Duration.ofHours(1)).maxWait(Duration.ZERO)
              .build())
          .circuitBreaker(CircuitBreakerPolicy.builder().window(100).minimumCalls(100).build())
          .build();
      Pipeline pipeline = stack.pipeline();
      PipelineTest.Api api = stack.target(PipelineTest.Api.class);
      CountDownLatch start = new CountDownLatch(1);
      List<Object> outcomes = new CopyOnWriteArrayList<>();
      List<Object> mappers = new CopyOnWriteArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Thread thread = new Thread(() -> {
          try {
            start.await(10, TimeUnit.SECONDS);
            mappers.add(pipeline.json());
            outcomes.add(api.get());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (RuntimeException e) {
            outcomes.add(e);
          }
        }, "first-call-" + i);
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join(10_000);
      }

      assertThat(outcomes).hasSize(THREADS);
      assertThat(outcomes).filteredOn(ClientRateLimitedException.class::isInstance).hasSize(1);
      assertThat(outcomes).filteredOn(java.util.Map.class::isInstance).hasSize(THREADS - 1);
      assertThat(server.requests()).isEqualTo(THREADS - 1);
      assertThat(pipeline.transportBuilds()).isEqualTo(1);
      assertThat(mappers).hasSize(THREADS).allSatisfy(mapper -> assertThat(mapper).isSameAs(mappers.get(0)));
      // every call that reached the vendor went through one breaker
      assertThat(pipeline.breaker().getMetrics().getNumberOfBufferedCalls()).isEqualTo(THREADS - 1);
      stack.close();
    }
  }

  @Test
  void theTlsContextSetUpOnTheFirstHttpsConnectionStillChecksTheServersCertificate() {
    // WireMock's own self-signed certificate: no trust store vouches for it
    WireMockServer https = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
        .dynamicHttpsPort().httpDisabled(true));
    https.start();
    try {
      https.stubFor(WireMock.get("/things").willReturn(WireMock.okJson("{}")));
      HttpStack stack = new PipelineTest.Builder().baseUrl("https://127.0.0.1:" + https.httpsPort())
          .retryPolicy(io.secplat.core.RetryPolicy.none()).build();

      assertThatThrownBy(() -> stack.target(PipelineTest.Api.class).get()).isInstanceOf(TlsException.class);
      assertThat(https.getAllServeEvents()).isEmpty();
      stack.close();
    } finally {
      https.stop();
    }
  }

  @Test
  void settingsTheClientCannotUseStillFailTheBuildBeforeAnyRequest() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{}")))) {
      assertThatThrownBy(() -> new PipelineTest.Builder().baseUrl(server.url())
          .proxy(new Proxy(Proxy.Type.SOCKS, new InetSocketAddress("127.0.0.1", 1080))).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only HTTP proxies");
      // resilience4j refuses an open state shorter than a millisecond: checked when built, not on the first call
      assertThatThrownBy(() -> new PipelineTest.Builder().baseUrl(server.url())
          .circuitBreaker(CircuitBreakerPolicy.builder().openFor(Duration.ofNanos(1)).build()).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waitDurationInOpenState");
      assertThatThrownBy(() -> new PipelineTest.Builder().baseUrl(server.url().replace("127.0.0.1", "example.com"))
          .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("baseUrl");

      assertThat(server.requests()).isZero();
    }
  }
}
