package io.secplat.core;

import io.secplat.core.error.ApiException;
import io.secplat.core.retry.RetryEngine;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a state is reached, waiting longer between polls (doubling up to a cap) and never
 * past a deadline, on the suite's one retry loop ({@link RetryEngine}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Poller poller = Poller.of(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofMinutes(5));
 * State done = poller.await(() -> api.state(url), s -> "COMPLETED".equals(s.getStatus()),
 *     (last, polls, waited) -> new DeadlineExceededException(details, "still " + last.getStatus()));
 * }</pre>
 */
public final class Poller {
  private final Duration firstInterval;
  private final Duration maxInterval;
  private final Duration deadline;
  private final RetryEngine engine;

  private Poller(Duration firstInterval, Duration maxInterval, Duration deadline, RetryEngine engine) {
    this.firstInterval = firstInterval;
    this.maxInterval = maxInterval;
    this.deadline = deadline;
    this.engine = engine;
  }

  /**
   * @param firstInterval the wait after the first poll, positive
   * @param maxInterval the longest wait between two polls, at least {@code firstInterval}
   * @param deadline how long to poll in all, positive
   * @return the poller
   */
  public static Poller of(Duration firstInterval, Duration maxInterval, Duration deadline) {
    requirePositive("firstInterval", firstInterval);
    requirePositive("maxInterval", maxInterval);
    requirePositive("deadline", deadline);
    if (maxInterval.compareTo(firstInterval) < 0) {
      throw new IllegalArgumentException("maxInterval must not be shorter than firstInterval");
    }
    return new Poller(firstInterval, maxInterval, deadline, RetryEngine.system());
  }

  /** @return how long {@link #await} polls in all */
  public Duration deadline() {
    return deadline;
  }

  /** Builds the exception thrown when the deadline passes. */
  @FunctionalInterface
  public interface DeadlineHandler<T> {
    /**
     * @param last the last state polled
     * @param polls how many polls were made
     * @param waited how long the client waited
     * @return the exception to throw
     */
    ApiException exceeded(T last, int polls, Duration waited);
  }

  /**
   * Polls at once, then after each wait, until {@code done} accepts the state.
   *
   * @param poll fetches the current state (its own failures propagate)
   * @param done whether a state is the awaited one
   * @param onDeadline builds the exception when the deadline passes first
   * @param <T> the state type
   * @return the awaited state
   * @throws CancellationException when the thread is interrupted while waiting (the interrupt
   *     flag stays set)
   */
  public <T> T await(Supplier<T> poll, Predicate<T> done, DeadlineHandler<T> onDeadline) {
    return engine.run((number, elapsed) -> poll.get(), outcome -> {
      if (outcome.failed() || done.test(outcome.value())) {
        return null;
      }
      Duration remaining = deadline.minus(outcome.elapsed());
      if (remaining.isNegative() || remaining.isZero()) {
        throw onDeadline.exceeded(outcome.value(), outcome.attempt(), outcome.elapsed());
      }
      Duration interval = interval(outcome.attempt());
      return interval.compareTo(remaining) < 0 ? interval : remaining;
    });
  }

  /** The wait after poll {@code polls}: the first interval, doubling up to the cap. */
  private Duration interval(int polls) {
    Duration interval = firstInterval;
    for (int i = 1; i < polls && interval.compareTo(maxInterval) < 0; i++) {
      interval = interval.multipliedBy(2);
    }
    return interval.compareTo(maxInterval) > 0 ? maxInterval : interval;
  }

  /**
   * @param clock the clock the deadline is measured on
   * @param sleeper what waits between polls
   * @return this poller on that time (for tests: {@link io.secplat.core.retry.ManualClock})
   */
  public Poller withTime(java.time.Clock clock, io.secplat.core.retry.Sleeper sleeper) {
    return new Poller(firstInterval, maxInterval, deadline, new RetryEngine(clock, sleeper));
  }

  private static void requirePositive(String name, Duration value) {
    Arguments.requireNonNull(name, value);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  @Override
  public String toString() {
    return "Poller{firstInterval=" + firstInterval + ", maxInterval=" + maxInterval + ", deadline=" + deadline + '}';
  }
}
