package io.secplat.core.error;

/** The server rejected the request as invalid (HTTP 400 or 422). */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public BadRequestException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
