package io.secplat.core.error;

/**
 * The call was not sent: the vendor failed too often lately and the client's circuit breaker is
 * open (see {@link io.secplat.core.CircuitBreakerPolicy}). Not retried; try again after the pause.
 */
public class CircuitOpenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the vendor and the call that was not sent
   * @param cause the breaker's refusal
   */
  public CircuitOpenException(ErrorDetails details, Throwable cause) {
    super(details, details.vendor() + " " + details.method() + " " + details.path()
        + " was not sent: the circuit breaker is open after repeated failures of " + details.vendor(), cause);
  }
}
