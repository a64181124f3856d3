package io.secplat.core.error;

/** The resource does not exist (HTTP 404). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public NotFoundException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
