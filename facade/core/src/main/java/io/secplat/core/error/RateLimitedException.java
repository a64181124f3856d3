package io.secplat.core.error;

import java.time.Duration;
import java.util.Optional;

/** The vendor's rate limit was hit (HTTP 429). Retryable, after {@link #retryAfter()} if given. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure, including Retry-After if sent
   * @param cause the underlying cause, or null
   */
  public RateLimitedException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  /** @return how long the server asked the client to wait, if it said */
  public Optional<Duration> retryAfter() {
    return details().retryAfterDuration();
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
