package io.secplat.core;

import java.time.Duration;

/**
 * A client-side rate limit: at most {@code permits} HTTP requests per {@code period} leave this
 * client, so that a busy service stays below the vendor's own limit instead of collecting 429s.
 * Off by default ({@link #unlimited()}).
 *
 * <p>Every HTTP request takes a permit, retries included. A request that finds no permit waits
 * for the next period, up to {@code maxWait}; when none is free by then it is not sent and the
 * call fails with {@link io.secplat.core.error.ClientRateLimitedException} (not retried: the
 * wait has already happened). A {@code maxWait} of zero fails at once.
 *
 * <pre>{@code
 * RateLimitPolicy policy = RateLimitPolicy.builder().permits(10).per(Duration.ofSeconds(1))
 *     .maxWait(Duration.ofSeconds(5)).build();
 * }</pre>
 *
 * @param permits requests allowed per period
 * @param period the length of one period
 * @param maxWait how long a request waits for a permit before it fails
 * @param enabled false for no limit
 */
public record RateLimitPolicy(int permits, Duration period, Duration maxWait, boolean enabled) {

  /** Checks the policy. */
  public RateLimitPolicy {
    Arguments.requirePositive("permits", permits);
    Arguments.requireNonNull("period", period);
    Arguments.requireNonNull("maxWait", maxWait);
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
    }
  }

  /** @return no client-side limit (the default) */
  public static RateLimitPolicy unlimited() {
    return new RateLimitPolicy(1, Duration.ofSeconds(1), Duration.ZERO, false);
  }

  /** @return a builder: 10 requests per second, waiting up to 5 s for a permit, until changed */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RateLimitPolicy}. */
  public static final class Builder {
    private int permits = 10;
    private Duration period = Duration.ofSeconds(1);
    private Duration maxWait = Duration.ofSeconds(5);

    private Builder() {}

    /** @param permits requests allowed per period @return this builder */
    public Builder permits(int permits) {
      this.permits = permits;
      return this;
    }

    /** @param period the length of one period @return this builder */
    public Builder per(Duration period) {
      this.period = period;
      return this;
    }

    /** @param maxWait how long a request waits for a permit (zero: fail at once) @return this builder */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = maxWait;
      return this;
    }

    /** @return the policy */
    public RateLimitPolicy build() {
      return new RateLimitPolicy(permits, period, maxWait, true);
    }
  }
}
