package io.secplat.core.pipeline;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.error.RateLimitedException;

/** Turns a {@link CircuitBreakerPolicy} into resilience4j's breaker. */
final class Breakers {
  private Breakers() {}

  /**
   * @param vendor the vendor's name, the breaker's name
   * @param config the breaker's configuration ({@link #config}), or null when disabled
   * @return a registry holding the client's one breaker, or an empty registry when disabled
   */
  static CircuitBreakerRegistry registry(String vendor, CircuitBreakerConfig config) {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    if (config != null) {
      registry.circuitBreaker(vendor, config);
    }
    return registry;
  }

  /**
   * Checks the policy against what resilience4j accepts (called when the client is built, so that
   * a setting it refuses fails the build, not the first call).
   *
   * @param policy the policy
   * @param clock the clock the open state's wait is measured on
   * @return the breaker's configuration
   * @throws IllegalArgumentException for a setting resilience4j refuses
   */
  static CircuitBreakerConfig config(CircuitBreakerPolicy policy, java.time.Clock clock) {
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .clock(clock)
        .failureRateThreshold(policy.failureRate())
        .minimumNumberOfCalls(policy.minimumCalls())
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(policy.window())
        .waitDurationInOpenState(policy.openFor())
        .permittedNumberOfCallsInHalfOpenState(policy.trialCalls())
        .recordException(Breakers::meansTheVendorIsUnwell)
        // Refused by the client's own rate limit: never reached the vendor, so it is no call at all.
        .ignoreExceptions(ClientRateLimitedException.class)
        .build();
    return config;
  }

  /** 5xx and transport failures count; client errors and rate limits (the retry honours them) do not. */
  static boolean meansTheVendorIsUnwell(Throwable failure) {
    return failure instanceof ApiException && ((ApiException) failure).isRetryable()
        && !(failure instanceof RateLimitedException);
  }
}
