package io.secplat.core.error;

/** The credentials are valid but lack permission (HTTP 403). */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public ForbiddenException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
