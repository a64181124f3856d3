package io.secplat.core;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;

/**
 * Where a client reports what it does: every HTTP exchange, every retry, its circuit breaker and
 * its rate limiter. Off by default ({@link #none()}).
 *
 * <p>For Micrometer use {@link io.secplat.core.metrics.MicrometerMetrics#of
 * MicrometerMetrics.of(meterRegistry)}, which needs {@code io.micrometer:micrometer-core} and
 * {@code io.github.resilience4j:resilience4j-micrometer} on the classpath; nothing else in the
 * suite refers to Micrometer, so clients load and work without it. Implement this interface to
 * feed another metrics system.
 */
public interface ClientMetrics {

  /** @return metrics that record nothing (the default) */
  static ClientMetrics none() {
    return (vendor, resilience) -> Recorder.NONE;
  }

  /**
   * Binds one client; called once, when the client is built.
   *
   * @param vendor the vendor's name, for example {@code Britive}
   * @param resilience the client's circuit breaker and rate limiter, for metrics that report them
   * @return what records this client's exchanges and retries
   */
  Recorder bind(String vendor, Resilience resilience);

  /**
   * A client's circuit breaker and rate limiter registries, kept out of the suite's public
   * signatures: a metrics binding that knows resilience4j asks for them by type
   * ({@code resilience.unwrap(CircuitBreakerRegistry.class)}), as JDBC's {@code Wrapper} does. The
   * breaker registry holds one breaker named after the vendor (none when disabled), the rate
   * limiter registry one limiter (none without a client-side rate limit).
   */
  final class Resilience {
    private final java.util.function.Supplier<?> breakers;
    private final java.util.function.Supplier<?> rateLimiters;

    /**
     * For the pipeline.
     *
     * @param breakers the breaker registry
     * @param rateLimiters the rate limiter registry
     * @param <B> resilience4j's {@code CircuitBreakerRegistry}
     * @param <L> resilience4j's {@code RateLimiterRegistry}
     * @return the holder
     */
    public static <B, L> Resilience of(B breakers, L rateLimiters) {
      CircuitBreakerRegistry b = (CircuitBreakerRegistry) breakers;
      RateLimiterRegistry l = (RateLimiterRegistry) rateLimiters;
      return new Resilience(() -> b, () -> l);
    }

    /**
     * For the pipeline: registries built when a metrics binding first asks for one (a client
     * without metrics never builds them before its first call).
     *
     * @param breakers builds (once) resilience4j's {@code CircuitBreakerRegistry}
     * @param rateLimiters builds (once) resilience4j's {@code RateLimiterRegistry}
     * @return the holder
     */
    public static Resilience deferred(java.util.function.Supplier<?> breakers,
        java.util.function.Supplier<?> rateLimiters) {
      return new Resilience(Arguments.requireNonNull("breakers", breakers),
          Arguments.requireNonNull("rateLimiters", rateLimiters));
    }

    private Resilience(java.util.function.Supplier<?> breakers, java.util.function.Supplier<?> rateLimiters) {
      this.breakers = breakers;
      this.rateLimiters = rateLimiters;
    }

    /**
     * @param type resilience4j's {@code CircuitBreakerRegistry} or {@code RateLimiterRegistry}
     * @param <T> that type
     * @return the client's registry of that type
     * @throws IllegalArgumentException for any other type
     */
    public <T> T unwrap(Class<T> type) {
      Object b = breakers.get();
      if (type.isInstance(b)) {
        return type.cast(b);
      }
      Object l = rateLimiters.get();
      if (type.isInstance(l)) {
        return type.cast(l);
      }
      throw new IllegalArgumentException("a client's resilience holds no " + type.getName());
    }
  }

  /**
   * Binds one client that has a name of its own ({@code clientName(...)} on the builder), so that
   * two clients of one vendor can be told apart. By default the name is ignored.
   *
   * @param vendor the vendor's name, for example {@code JupiterOne}
   * @param client the client's name, for example {@code j1-prod}
   * @param resilience as for {@link #bind(String, Resilience)}
   * @return what records this client's exchanges and retries
   */
  default Recorder bind(String vendor, String client, Resilience resilience) {
    return bind(vendor, resilience);
  }

  /**
   * @param client the client's name
   * @return these metrics, binding every client with that name
   */
  default ClientMetrics named(String client) {
    ClientMetrics self = this;
    return (vendor, resilience) -> self.bind(vendor, client, resilience);
  }

  /** Records one client's exchanges and retries. Must be thread-safe and fast. */
  interface Recorder {
    /** Records nothing. */
    Recorder NONE = new Recorder() {
      @Override
      public void exchange(String method, String operation, int status, Duration duration) {}

      @Override
      public void retry(String operation) {}
    };

    /**
     * One HTTP exchange (each attempt of a retried call is one exchange).
     *
     * @param method the HTTP method, for example {@code GET}
     * @param operation the operation's method name (the spec's operationId), or {@code unknown}
     * @param status the HTTP status, or 0 when no response arrived (connection failure, timeout)
     * @param duration from sending until the response headers arrived (or the failure)
     */
    void exchange(String method, String operation, int status, Duration duration);

    /**
     * A call is about to be sent again after a retryable failure.
     *
     * @param operation the operation's method name
     */
    void retry(String operation);

    /**
     * The tolerant reader met a deviation from the contract (reported once per operation, JSON
     * path and kind; see {@link io.secplat.core.contract.ContractReading}).
     *
     * @param operation the operationId whose response drifted
     * @param kind the {@link io.secplat.core.contract.DriftKind} name
     */
    default void contractDrift(String operation, String kind) {}

    /** The client was closed: release what was registered for it. */
    default void close() {}
  }
}
