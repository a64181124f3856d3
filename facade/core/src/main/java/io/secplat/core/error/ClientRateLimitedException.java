package io.secplat.core.error;

import java.time.Duration;

/**
 * The request was not sent: the client's own rate limit ({@link io.secplat.core.RateLimitPolicy})
 * had no free permit within its {@code maxWait}. Nothing reached the vendor. Not retried (the
 * wait already happened); slow down, or raise the limit if the vendor allows more.
 */
public class ClientRateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the vendor and the request that was not sent
   * @param permits the limit's permits per period
   * @param period the limit's period
   * @param maxWait how long the request waited
   */
  public ClientRateLimitedException(ErrorDetails details, int permits, Duration period, Duration maxWait) {
    super(details, details.vendor() + " " + details.method() + " " + details.path()
        + " was not sent: the client's rate limit of " + permits + " requests per " + period
        + " had no free permit within " + maxWait, null);
  }
}
