package io.secplat.core.retry;

import java.time.Duration;

/**
 * Waits between attempts. The real one sleeps; a test injects one that advances a
 * {@link ManualClock} instead, so waits cost no wall time.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * @param duration how long to wait, not negative
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** @return a sleeper that blocks the thread for the duration */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    };
  }
}
