package io.secplat.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.VendorClient;
import io.secplat.core.error.CircuitOpenException;
import io.secplat.core.error.ServerException;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The circuit breaker is per vendor client: it opens on repeated failure, fails fast while open
 * (nothing reaches the server), does not touch another vendor's client, and closes again after a
 * successful trial call once the pause is over.
 */
@ExtendWith(SecplatMocks.class)
class BreakerPerVendorTest {
  /** Opens at 50 % failures over the last 4 calls, stays open 700 ms, one trial call. */
  static final CircuitBreakerPolicy BREAKER = CircuitBreakerPolicy.builder().failureRate(50).minimumCalls(4).window(4)
      .openFor(Duration.ofMillis(700)).trialCalls(1).build();
  /** With retries: each attempt is a call the breaker sees. */
  static final RetryPolicy RETRY = RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(5)).build();

  @Test
  void britivesBreakerOpensFailsFastLeavesVezaAloneAndRecovers(MockProviders mocks) throws Exception {
    VendorCase.Op britiveRead = VendorCase.BRITIVE.read();
    VendorCase.Op britiveWrite = VendorCase.BRITIVE.write();
    VendorCase.Op vezaRead = VendorCase.VEZA.read();
    try (VendorClient britive = (VendorClient) VendorCase.BRITIVE.client(mocks.baseUrl(), RETRY, Duration.ofSeconds(5), BREAKER);
        VendorClient veza = (VendorClient) VendorCase.VEZA.client(mocks.baseUrl(), RETRY, Duration.ofSeconds(5), BREAKER)) {
      mocks.faults().always(britiveRead.pathRegex(), MockFault.status(503).requestId("req-down"));

      // two reads, two attempts each: four failed calls, the breaker opens
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> britiveRead.call().run(britive)).isExactlyInstanceOf(ServerException.class);
      }
      assertThat(mocks.requestCount("GET", britiveRead.pathRegex())).isEqualTo(4);
      assertThat(britive.circuitState()).isEqualTo("OPEN");

      // open: a read and a mutation fail fast, and nothing reaches the server
      long start = System.nanoTime();
      assertThatThrownBy(() -> britiveRead.call().run(britive)).isInstanceOfSatisfying(CircuitOpenException.class, e -> {
        assertThat(e.vendor()).isEqualTo("Britive");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/api/apps/app-1/environments");
        assertThat(e.status()).isZero();
        assertThat(e.isRetryable()).isFalse();
      });
      assertThatThrownBy(() -> britiveWrite.call().run(britive)).isInstanceOfSatisfying(CircuitOpenException.class,
          e -> assertThat(e.method()).isEqualTo("POST"));
      assertThat((System.nanoTime() - start) / 1_000_000).as("fails fast").isLessThan(500);
      assertThat(mocks.requestCount("GET", britiveRead.pathRegex())).isEqualTo(4);
      assertThat(mocks.requestCount("POST", britiveWrite.pathRegex())).isZero();

      // Veza's client has its own breaker: unaffected
      assertThat(vezaRead.call().run(veza)).asList().hasSize(2);
      assertThat(veza.circuitState()).isEqualTo("CLOSED");
      assertThat(mocks.requestCount("POST", vezaRead.pathRegex())).isEqualTo(1);

      // after the pause, one trial call goes through; it succeeds and the breaker closes
      mocks.faults().clear();
      VendorCase.CLOCK.advance(Duration.ofMillis(900)); // the open state waits on the fake clock
      assertThat(britiveRead.call().run(britive)).asList().isNotEmpty();
      assertThat(britive.circuitState()).isEqualTo("CLOSED");
      assertThat(mocks.requestCount("GET", britiveRead.pathRegex())).isEqualTo(5);
    }
  }

  @Test
  void aFailedTrialCallOpensTheBreakerAgain(MockProviders mocks) throws Exception {
    VendorCase.Op read = VendorCase.GUARDIAN.read();
    try (VendorClient guardian = (VendorClient) VendorCase.GUARDIAN.client(mocks.baseUrl(), RetryPolicy.none(),
        Duration.ofSeconds(5), BREAKER)) {
      mocks.faults().always(read.pathRegex(), MockFault.status(502));
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> read.call().run(guardian)).isExactlyInstanceOf(ServerException.class);
      }
      assertThat(guardian.circuitState()).isEqualTo("OPEN");
      VendorCase.CLOCK.advance(Duration.ofMillis(900)); // the open state waits on the fake clock
      assertThatThrownBy(() -> read.call().run(guardian)).isExactlyInstanceOf(ServerException.class);
      assertThat(guardian.circuitState()).isEqualTo("OPEN");
      assertThatThrownBy(() -> read.call().run(guardian)).isExactlyInstanceOf(CircuitOpenException.class);
      assertThat(mocks.requestCount("GET", read.pathRegex())).isEqualTo(5);
    }
  }
}
