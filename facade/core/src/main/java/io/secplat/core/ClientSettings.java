package io.secplat.core;

import io.secplat.core.pipeline.HttpPipelinePolicy;
import io.secplat.core.retry.Sleeper;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
 * @param callTimeout the longest one attempt may take, from connect to the last byte read
 * @param maxResponseBytes the largest response body read whole, after decompression
 * @param policies the caller's own pipeline policies, in order (run once per attempt)
 * @param clock the clock retries, backoff and deadlines are measured on
 * @param sleeper waits between attempts and polls
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
    Duration callTimeout,
    long maxResponseBytes,
    List<HttpPipelinePolicy> policies,
    Clock clock,
    Sleeper sleeper,
    boolean strictContracts) {

  /** Default {@link #callTimeout()}: 2 minutes. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
  /** Default {@link #maxResponseBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** Checks the settings that may not be null. */
  public ClientSettings {
    Arguments.requireNonNull("rateLimit", rateLimit);
    Arguments.requireNonNull("metrics", metrics);
    Arguments.requireNonNull("callTimeout", callTimeout);
    Arguments.requireNonNull("clock", clock);
    Arguments.requireNonNull("sleeper", sleeper);
    policies = List.copyOf(Arguments.requireNonNull("policies", policies));
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
    }
  }

  /**
   * Settings with the default limits, no policies of the caller's own, real time, and the JVM's
   * default contract reading ({@link io.secplat.core.contract.ContractReading#strictByDefault()}).
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
   */
  public ClientSettings(URI baseUrl, Duration connectTimeout, Duration readTimeout, RetryPolicy retryPolicy,
      String userAgent, HttpLogLevel logLevel, CircuitBreakerPolicy circuitBreaker, Proxy proxy,
      RateLimitPolicy rateLimit, ClientMetrics metrics) {
    this(baseUrl, connectTimeout, readTimeout, retryPolicy, userAgent, logLevel, circuitBreaker, proxy, rateLimit,
        metrics, DEFAULT_CALL_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, List.of(), Clock.systemUTC(), Sleeper.system(),
        io.secplat.core.contract.ContractReading.strictByDefault());
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
