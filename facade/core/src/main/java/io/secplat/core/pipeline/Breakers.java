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
   * @param policy the policy
   * @param clock the clock the open state's wait is measured on
   * @return a registry holding the client's one breaker, or an empty registry when disabled
   */
  static CircuitBreakerRegistry registry(String vendor, CircuitBreakerPolicy policy, java.time.Clock clock) {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    if (policy.enabled()) {
      registry.circuitBreaker(vendor, config(policy, clock));
    }
    return registry;
  }

  private static CircuitBreakerConfig config(CircuitBreakerPolicy policy, java.time.Clock clock) {
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
