package io.secplat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.ErrorDetails;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {
  static final ErrorDetails WHERE = new ErrorDetails("Demo", "GET", "/state", 200, null, null, null, null);

  @Test
  void pollsUntilTheStateIsReachedWithGrowingWaits() {
    AtomicInteger calls = new AtomicInteger();
    List<Long> at = new ArrayList<>();
    long start = System.nanoTime();
    Poller poller = Poller.of(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofSeconds(10));

    String state = poller.await(() -> {
      at.add((System.nanoTime() - start) / 1_000_000);
      return calls.incrementAndGet() < 4 ? "IN_PROGRESS" : "COMPLETED";
    }, "COMPLETED"::equals, (last, polls, waited) -> new DeadlineExceededException(WHERE, "never"));

    assertThat(state).isEqualTo("COMPLETED");
    assertThat(calls).hasValue(4);
    // waits of 20, 40 and 40 ms (doubling, capped): the fourth poll comes at least 100 ms in
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(20);
    assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(40);
    assertThat(at.get(3)).isGreaterThanOrEqualTo(100);
  }

  @Test
  void theDeadlineEndsPollingWithTheCallersException() {
    Poller poller = Poller.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(120));
    long start = System.nanoTime();

    assertThatThrownBy(() -> poller.await(() -> "IN_PROGRESS", "COMPLETED"::equals,
            (last, polls, waited) -> new DeadlineExceededException(WHERE,
                "still " + last + " after " + polls + " polls, waited at least 120 ms: " + (waited.toMillis() >= 120))))
        .isInstanceOfSatisfying(DeadlineExceededException.class, e -> {
          assertThat(e.getMessage()).startsWith("still IN_PROGRESS after ").endsWith("waited at least 120 ms: true");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.path()).isEqualTo("/state");
        });
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> Poller.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessage("firstInterval must be positive, was PT0S");
    assertThatThrownBy(() -> Poller.of(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessage("maxInterval must not be shorter than firstInterval");
    assertThatThrownBy(() -> Poller.of(Duration.ofSeconds(1), Duration.ofSeconds(1), null))
        .hasMessage("deadline must not be null");
  }
}
