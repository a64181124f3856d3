package io.secplat.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * The suite's one retry loop: runs an attempt, asks a {@link Strategy} whether and how long to
 * wait, waits on the injected {@link Sleeper}, and runs the next. Every piece of state of a call
 * (attempt number, start, elapsed time) is a local variable of {@link #run}, so one engine serves
 * any number of threads. HTTP calls, bulk-sync uploads and deferred-result polling all use it with
 * their own strategies. Immutable and thread-safe.
 *
 * <pre>{@code
 * RetryEngine engine = new RetryEngine(Clock.systemUTC(), Sleeper.system());
 * State done = engine.run(attempt -> api.state(id),
 *     outcome -> outcome.failed() || outcome.value().isDone() ? null : Duration.ofSeconds(1));
 * }</pre>
 */
public final class RetryEngine {
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param clock measures the elapsed time the strategy sees
   * @param sleeper waits between attempts
   */
  public RetryEngine(Clock clock, Sleeper sleeper) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.sleeper = java.util.Objects.requireNonNull(sleeper, "sleeper");
  }

  /** @return an engine on the system clock that really sleeps */
  public static RetryEngine system() {
    return new RetryEngine(Clock.systemUTC(), Sleeper.system());
  }

  /** @return the clock elapsed times are measured on */
  public Clock clock() {
    return clock;
  }

  /** One attempt. */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * @param number the attempt's number, from 1
     * @param elapsed the time since the first attempt started
     * @return the attempt's result
     */
    T run(int number, Duration elapsed);
  }

  /** Decides after each attempt. */
  @FunctionalInterface
  public interface Strategy<T> {
    /**
     * @param outcome the attempt's outcome
     * @return the wait before the next attempt, or null to end with this outcome (its value is
     *     returned, its failure thrown); the strategy may also throw an exception of its own
     */
    Duration next(Outcome<T> outcome);
  }

  /**
   * What an attempt produced.
   *
   * @param attempt the attempt's number, from 1
   * @param elapsed the time since the first attempt started, measured after this one ended
   * @param value what it returned, or null when it failed
   * @param failure what it threw, or null
   * @param <T> the value's type
   */
  public record Outcome<T>(int attempt, Duration elapsed, T value, RuntimeException failure) {
    /** @return true when the attempt threw */
    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * Runs attempts until the strategy stops.
   *
   * @param attempt the attempt
   * @param strategy decides after each attempt
   * @param <T> the result type
   * @return the last attempt's value
   * @throws RuntimeException the last attempt's failure, or the strategy's own
   * @throws CancellationException when the thread is interrupted while waiting (the interrupt
   *     flag stays set)
   */
  public <T> T run(Attempt<T> attempt, Strategy<T> strategy) {
    Instant start = clock.instant();
    for (int number = 1; ; number++) {
      T value = null;
      RuntimeException failure = null;
      try {
        value = attempt.run(number, Duration.between(start, clock.instant()));
      } catch (RuntimeException e) {
        failure = e;
      }
      Duration wait = strategy.next(new Outcome<>(number, Duration.between(start, clock.instant()), value, failure));
      if (wait == null) {
        if (failure != null) {
          throw failure;
        }
        return value;
      }
      try {
        sleeper.sleep(wait.isNegative() ? Duration.ZERO : wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        CancellationException cancelled = new CancellationException("interrupted while waiting to retry");
        if (failure != null) {
          cancelled.addSuppressed(failure);
        }
        throw cancelled;
      }
    }
  }

  @Override
  public String toString() {
    return "RetryEngine{clock=" + clock + '}';
  }
}
