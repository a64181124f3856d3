package io.secplat.spring.boot;

import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.ClientBuilder;
import io.secplat.core.ClientMetrics;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.RetryPolicy;
import java.time.Duration;

/**
 * The builder settings every vendor shares, as Spring properties under {@code secplat.<vendor>}.
 * A setting left unset keeps the builder's default (see the README's configuration reference).
 */
public abstract class ClientProperties {
  /** The tenant's base URL, for example https://acme.britive-app.com. */
  private String baseUrl;
  /** The client's name in its metrics (the "client" tag); default: the vendor's name. */
  private String clientName;
  /** TCP connect timeout (default 10s). */
  private Duration connectTimeout;
  /** Read timeout of one request (default 60s). */
  private Duration readTimeout;
  /** Retries of operations that are safe to repeat. */
  private final Retry retry = new Retry();
  /** The client's circuit breaker. */
  private final CircuitBreaker circuitBreaker = new CircuitBreaker();
  /** A client-side rate limit (off unless permits and period are set). */
  private final RateLimit rateLimit = new RateLimit();

  /** @return the base URL */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl the base URL */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the client's metrics name */
  public String getClientName() {
    return clientName;
  }

  /** @param clientName the client's metrics name */
  public void setClientName(String clientName) {
    this.clientName = clientName;
  }

  /** @return the connect timeout */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout the connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** @return the read timeout */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @param readTimeout the read timeout */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** @return the retry settings */
  public Retry getRetry() {
    return retry;
  }

  /** @return the circuit breaker settings */
  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  /** @return the rate limit settings */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /**
   * Applies the shared settings to a vendor's builder.
   *
   * @param builder the builder
   * @param metrics where the client reports
   * @param <B> the builder type
   * @param <C> the client type
   * @return the builder
   */
  <B extends ClientBuilder<B, C>, C> B applyTo(B builder, ClientMetrics metrics) {
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    builder.metrics(metrics);
    if (clientName != null) {
      builder.clientName(clientName);
    }
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      builder.readTimeout(readTimeout);
    }
    builder.retryPolicy(retry.policy());
    builder.circuitBreaker(circuitBreaker.policy());
    builder.rateLimit(rateLimit.policy());
    return builder;
  }

  /** Retry settings; unset values keep {@link RetryPolicy#defaults()}. */
  public static class Retry {
    /** Whether safe operations are retried at all. */
    private boolean enabled = true;
    /** Attempts per call, the first included (default 3). */
    private Integer maxAttempts;
    /** The first backoff (default 200ms). */
    private Duration initialBackoff;
    /** The longest backoff (default 5s). */
    private Duration maxBackoff;
    /** Every attempt of a call within this time (default 2m). */
    private Duration deadline;

    /** @return whether retries are on */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether retries are on */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return attempts per call */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /** @param maxAttempts attempts per call */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** @return the first backoff */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /** @param initialBackoff the first backoff */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** @return the longest backoff */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /** @param maxBackoff the longest backoff */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** @return the deadline of a call */
    public Duration getDeadline() {
      return deadline;
    }

    /** @param deadline the deadline of a call */
    public void setDeadline(Duration deadline) {
      this.deadline = deadline;
    }

    RetryPolicy policy() {
      if (!enabled) {
        return RetryPolicy.none();
      }
      if (maxAttempts == null && initialBackoff == null && maxBackoff == null && deadline == null) {
        return RetryPolicy.defaults();
      }
      RetryPolicy.Builder builder = RetryPolicy.builder();
      if (maxAttempts != null) {
        builder.maxAttempts(maxAttempts);
      }
      if (initialBackoff != null) {
        builder.initialBackoff(initialBackoff);
      }
      if (maxBackoff != null) {
        builder.maxBackoff(maxBackoff);
      }
      if (deadline != null) {
        builder.deadline(deadline);
      }
      return builder.build();
    }
  }

  /** Circuit breaker settings; unset values keep {@link CircuitBreakerPolicy#defaults()}. */
  public static class CircuitBreaker {
    /** Whether the breaker may open at all. */
    private boolean enabled = true;
    /** Failure rate in percent that opens the breaker (default 50). */
    private Integer failureRate;
    /** Calls seen before the rate counts (default 20). */
    private Integer minimumCalls;
    /** How long the breaker stays open (default 30s). */
    private Duration openFor;

    /** @return whether the breaker is on */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the breaker is on */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the failure rate in percent */
    public Integer getFailureRate() {
      return failureRate;
    }

    /** @param failureRate the failure rate in percent */
    public void setFailureRate(Integer failureRate) {
      this.failureRate = failureRate;
    }

    /** @return calls seen before the rate counts */
    public Integer getMinimumCalls() {
      return minimumCalls;
    }

    /** @param minimumCalls calls seen before the rate counts */
    public void setMinimumCalls(Integer minimumCalls) {
      this.minimumCalls = minimumCalls;
    }

    /** @return how long the breaker stays open */
    public Duration getOpenFor() {
      return openFor;
    }

    /** @param openFor how long the breaker stays open */
    public void setOpenFor(Duration openFor) {
      this.openFor = openFor;
    }

    CircuitBreakerPolicy policy() {
      if (!enabled) {
        return CircuitBreakerPolicy.disabled();
      }
      if (failureRate == null && minimumCalls == null && openFor == null) {
        return CircuitBreakerPolicy.defaults();
      }
      CircuitBreakerPolicy.Builder builder = CircuitBreakerPolicy.builder();
      if (failureRate != null) {
        builder.failureRate(failureRate);
      }
      if (minimumCalls != null) {
        builder.minimumCalls(minimumCalls);
      }
      if (openFor != null) {
        builder.openFor(openFor);
      }
      return builder.build();
    }
  }

  /** A client-side rate limit: at most {@code permits} requests per {@code period}. */
  public static class RateLimit {
    /** Requests allowed per period; unset means unlimited. */
    private Integer permits;
    /** The period the permits refill in. */
    private Duration period;
    /** How long a request waits for a permit before failing unsent. */
    private Duration maxWait;

    /** @return the permits per period */
    public Integer getPermits() {
      return permits;
    }

    /** @param permits the permits per period */
    public void setPermits(Integer permits) {
      this.permits = permits;
    }

    /** @return the period */
    public Duration getPeriod() {
      return period;
    }

    /** @param period the period */
    public void setPeriod(Duration period) {
      this.period = period;
    }

    /** @return the longest wait for a permit */
    public Duration getMaxWait() {
      return maxWait;
    }

    /** @param maxWait the longest wait for a permit */
    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }

    RateLimitPolicy policy() {
      if (permits == null) {
        return RateLimitPolicy.unlimited();
      }
      if (period == null) {
        throw new IllegalStateException("rate-limit.permits is set but rate-limit.period is not");
      }
      RateLimitPolicy.Builder builder = RateLimitPolicy.builder().permits(permits).per(period);
      if (maxWait != null) {
        builder.maxWait(maxWait);
      }
      return builder.build();
    }
  }
}
