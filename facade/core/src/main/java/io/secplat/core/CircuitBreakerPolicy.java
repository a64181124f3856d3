package io.secplat.core;

import java.time.Duration;

/**
 * When a vendor is failing, stop calling it for a while instead of adding load: a circuit breaker
 * per client (so per vendor) opens when too many recent calls failed, fails calls fast while open
 * ({@link io.secplat.core.error.CircuitOpenException}), and lets a few trial calls through after
 * a pause to see whether the vendor recovered.
 *
 * <p>Only failures that mean the vendor is unwell count: 5xx and transport failures. Client errors
 * (4xx) and rate limits (429, which the retry policy honours) do not.
 *
 * <pre>{@code
 * CircuitBreakerPolicy policy = CircuitBreakerPolicy.builder().failureRate(50).minimumCalls(10)
 *     .openFor(Duration.ofSeconds(30)).build();
 * }</pre>
 *
 * @param failureRate the percentage of failed calls, among the last {@code window}, that opens it
 * @param minimumCalls how many calls must be seen before the rate counts
 * @param window how many recent calls the rate is computed over
 * @param openFor how long it stays open before trial calls are let through
 * @param trialCalls how many trial calls decide whether it closes again
 * @param enabled false to never open
 */
public record CircuitBreakerPolicy(
    int failureRate, int minimumCalls, int window, Duration openFor, int trialCalls, boolean enabled) {

  /** Checks the policy. */
  public CircuitBreakerPolicy {
    if (failureRate < 1 || failureRate > 100) {
      throw new IllegalArgumentException("failureRate must be a percentage from 1 to 100, was " + failureRate);
    }
    Arguments.requirePositive("minimumCalls", minimumCalls);
    Arguments.requirePositive("window", window);
    Arguments.requirePositive("trialCalls", trialCalls);
    Arguments.requireNonNull("openFor", openFor);
    if (openFor.isZero() || openFor.isNegative()) {
      throw new IllegalArgumentException("openFor must be positive, was " + openFor);
    }
  }

  /** @return opens at 50 % failures over the last 50 calls (at least 20 seen), for 30 s, 3 trial calls */
  public static CircuitBreakerPolicy defaults() {
    return builder().build();
  }

  /** @return a breaker that never opens */
  public static CircuitBreakerPolicy disabled() {
    return new CircuitBreakerPolicy(50, 20, 50, Duration.ofSeconds(30), 3, false);
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CircuitBreakerPolicy}. */
  public static final class Builder {
    private int failureRate = 50;
    private int minimumCalls = 20;
    private int window = 50;
    private Duration openFor = Duration.ofSeconds(30);
    private int trialCalls = 3;

    private Builder() {}

    /** @param percent failures among recent calls that open the breaker @return this builder */
    public Builder failureRate(int percent) {
      this.failureRate = percent;
      return this;
    }

    /** @param calls calls to see before the rate counts @return this builder */
    public Builder minimumCalls(int calls) {
      this.minimumCalls = calls;
      return this;
    }

    /** @param calls how many recent calls the rate covers @return this builder */
    public Builder window(int calls) {
      this.window = calls;
      return this;
    }

    /** @param pause how long the breaker stays open @return this builder */
    public Builder openFor(Duration pause) {
      this.openFor = pause;
      return this;
    }

    /** @param calls trial calls after the pause @return this builder */
    public Builder trialCalls(int calls) {
      this.trialCalls = calls;
      return this;
    }

    /** @return the policy */
    public CircuitBreakerPolicy build() {
      return new CircuitBreakerPolicy(failureRate, minimumCalls, Math.max(window, minimumCalls), openFor, trialCalls,
          true);
    }
  }
}
