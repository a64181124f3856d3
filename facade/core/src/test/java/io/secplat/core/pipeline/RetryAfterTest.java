package io.secplat.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("7", clock)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void readsHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void pastDateMeansNoWait() {
    assertThat(RetryAfter.parse("Sun, 22 Nov 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentNegativeOrGarbageMeansUnknown() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("-3", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
  }
}
