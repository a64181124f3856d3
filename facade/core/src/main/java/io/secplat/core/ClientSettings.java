package io.secplat.core;

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
 */
public record ClientSettings(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    String userAgent,
    HttpLogLevel logLevel,
    CircuitBreakerPolicy circuitBreaker) {

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
