package io.secplat.core.error;

/** The credentials are missing, malformed or not accepted (HTTP 401). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public UnauthorizedException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
