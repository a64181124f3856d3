package io.secplat.core;

import java.net.Proxy;
import java.net.URI;
import java.time.Duration;

/**
 * The transport settings every vendor client shares; immutable. Built by {@link ClientBuilder}.
 *
 * @param baseUrl the tenant's base URL, without a trailing slash
 * @param connectTimeout the TCP connect timeout
 * @param readTimeout the per-request read timeout
 * @param retryPolicy how safe operations are retried
 * @param userAgent the User-Agent header value
 * @param logLevel how much of each exchange is logged (credentials always redacted)
 * @param circuitBreaker when to stop calling a failing vendor for a while
 * @param proxy the proxy every request goes through, or null for a direct connection
 * @param rateLimit the client-side rate limit
 * @param metrics where the client reports its exchanges, retries, breaker and rate limiter
 * @param strictContracts whether a response that deviates from its contract fails the call
 *     (see {@link io.secplat.core.contract.ContractReading})
 */
public record ClientSettings(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    String userAgent,
    HttpLogLevel logLevel,
    CircuitBreakerPolicy circuitBreaker,
    Proxy proxy,
    RateLimitPolicy rateLimit,
    ClientMetrics metrics,
    boolean strictContracts) {

  /** Checks the settings that may not be null. */
  public ClientSettings {
    Arguments.requireNonNull("rateLimit", rateLimit);
    Arguments.requireNonNull("metrics", metrics);
  }

  /**
   * Settings whose contract reading is the JVM's default
   * ({@link io.secplat.core.contract.ContractReading#strictByDefault()}).
   *
   * @param baseUrl the tenant's base URL, without a trailing slash
   * @param connectTimeout the TCP connect timeout
   * @param readTimeout the per-request read timeout
   * @param retryPolicy how safe operations are retried
   * @param userAgent the User-Agent header value
   * @param logLevel how much of each exchange is logged
   * @param circuitBreaker when to stop calling a failing vendor for a while
   * @param proxy the proxy, or null for a direct connection
   * @param rateLimit the client-side rate limit
   * @param metrics where the client reports
   */
  public ClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy,
      String userAgent, HttpLogLevel logLevel, CircuitBreakerPolicy circuitBreaker, Proxy proxy,
      RateLimitPolicy rateLimit, ClientMetrics metrics) {
    this(baseUrl, connectTimeout, readTimeout, retryPolicy, userAgent, logLevel, circuitBreaker, proxy, rateLimit,
        metrics, io.secplat.core.contract.ContractReading.strictByDefault());
  }

  /**
   * Settings without proxy, rate limit or metrics.
   *
   * @param baseUrl the tenant's base URL, without a trailing slash
   * @param connectTimeout the TCP connect timeout
   * @param readTimeout the per-request read timeout
   * @param retryPolicy how safe operations are retried
   * @param userAgent the User-Agent header value
   * @param logLevel how much of each exchange is logged
   * @param circuitBreaker when to stop calling a failing vendor for a while
   */
  public ClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy,
      String userAgent, HttpLogLevel logLevel, CircuitBreakerPolicy circuitBreaker) {
    this(baseUrl, connectTimeout, readTimeout, retryPolicy, userAgent, logLevel, circuitBreaker, null,
        RateLimitPolicy.unlimited(), ClientMetrics.none());
  }

  /**
   * Settings with the default circuit breaker.
   *
   * @param baseUrl the tenant's base URL, without a trailing slash
   * @param connectTimeout the TCP connect timeout
   * @param readTimeout the per-request read timeout
   * @param retryPolicy how safe operations are retried
   * @param userAgent the User-Agent header value
   * @param logLevel how much of each exchange is logged
   */
  public ClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy,
      String userAgent, HttpLogLevel logLevel) {
    this(baseUrl, connectTimeout, readTimeout, retryPolicy, userAgent, logLevel, CircuitBreakerPolicy.defaults());
  }
}
