package io.secplat.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, with a {@link #sleeper()} that moves it instead of
 * sleeping: for tests of retries, backoff, deadlines and polling that must not wait on the wall.
 * Thread-safe.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock();
 * client = VezaClient.builder().clock(clock).sleeper(clock.sleeper())...build();
 * // a retry after Retry-After: 30 now returns at once, and clock.elapsed() says 30 s
 * }</pre>
 */
public final class ManualClock extends Clock {
  private final Instant origin;
  private final AtomicLong nanos = new AtomicLong();

  /** A clock starting at the current instant. */
  public ManualClock() {
    this(Instant.now());
  }

  /** @param origin the instant the clock starts at */
  public ManualClock(Instant origin) {
    this.origin = origin;
  }

  /** @param duration how far to move the clock forward, not negative */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward, was " + duration);
    }
    nanos.addAndGet(duration.toNanos());
  }

  /** @return how far the clock has moved since it started */
  public Duration elapsed() {
    return Duration.ofNanos(nanos.get());
  }

  /** @return a sleeper that advances this clock by each wait and returns at once */
  public Sleeper sleeper() {
    return this::advance;
  }

  @Override
  public Instant instant() {
    return origin.plusNanos(nanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ManualClock{elapsed=" + elapsed() + '}';
  }
}
