package io.secplat.core;

import java.time.Duration;
import java.util.Random;

/**
 * How failed calls are repeated: exponential backoff with jitter, honouring the server's
 * {@code Retry-After} up to a cap.
 *
 * <p>Only operations that are safe to repeat are ever retried (reads, idempotent writes and
 * POSTs that only read); a create whose outcome is unknown is never sent twice (it is retried
 * only when no connection could be opened, {@link io.secplat.core.error.RequestNotSentException}).
 * Only failures that say they are retryable are retried: rate limits, 500/502/503/504 (not vendor
 * maintenance) and transport failures. A {@code Retry-After} longer than {@link #maxRetryAfter()}
 * or than what is left of the {@link #deadline()} ends the retries: the call fails at once with
 * the server's Retry-After in the exception, rather than calling back early.
 *
 * <p>The reliability matrix ({@code docs/RELIABILITY.md}) shows, per fault and vendor, what the
 * defaults do.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(100)).build();
 * }</pre>
 */
public final class RetryPolicy {
  /** Jitter only: a shared, thread-safe generator is enough. */
  private static final Random JITTER = new Random();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double multiplier;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Duration deadline;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.multiplier = builder.multiplier;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.deadline = builder.deadline;
  }

  /**
   * The default: 3 attempts, 200 ms doubling to at most 5 s, ±50 % jitter, Retry-After honoured
   * up to 30 s, all retries of one call within 2 minutes.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * No retries: every call is attempted once.
   *
   * @return a policy with one attempt
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return attempts in all, the first one included */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * @return the total time one call may take with its retries: no retry starts (or waits) past
   *     it, and a wait is cut short to end with it
   */
  public Duration deadline() {
    return deadline;
  }

  /** @return the longest Retry-After the client will wait for; a longer one ends the retries */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry). A Retry-After is capped
   * at {@link #maxRetryAfter()} here; the client itself does not retry past the cap.
   *
   * @param retry the retry's number, from 1
   * @param retryAfter the server's Retry-After, or null
   * @return how long to wait
   */
  public Duration backoff(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toMillis());
    double spread = capped * jitter;
    double withJitter = capped - spread + JITTER.nextDouble() * 2 * spread;
    return Duration.ofMillis(Math.max(0, Math.round(withJitter)));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", multiplier=" + multiplier + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + ", deadline=" + deadline + '}';
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private double multiplier = 2.0;
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Duration deadline = Duration.ofMinutes(2);

    private Builder() {}

    /**
     * @param maxAttempts attempts in all, at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Arguments.requirePositive("maxAttempts", maxAttempts);
      return this;
    }

    /**
     * @param initialBackoff the wait before the first retry
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = requireNotNegative("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * @param multiplier growth factor per retry, at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0)) {
        throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * @param maxBackoff the longest computed wait
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = requireNotNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * @param jitter the random spread, as a fraction of the wait, from 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * @param maxRetryAfter the longest server-requested wait honoured; a longer one ends the retries
     *     (the call fails with the server's Retry-After instead of calling back early)
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = requireNotNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * @param total the longest one call may take, its retries and waits included
     * @return this builder
     */
    public Builder deadline(Duration total) {
      Arguments.requireNonNull("deadline", total);
      if (total.isZero() || total.isNegative()) {
        throw new IllegalArgumentException("deadline must be positive, was " + total);
      }
      this.deadline = total;
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration requireNotNegative(String name, Duration value) {
      Arguments.requireNonNull(name, value);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
