package io.secplat.core.error;

/** The request conflicts with the resource's current state (HTTP 409). */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public ConflictException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
