package io.secplat.core.error;

/** The server answered with a status the suite does not expect, for example a redirect. */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public UnexpectedResponseException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
