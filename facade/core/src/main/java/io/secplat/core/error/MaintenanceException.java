package io.secplat.core.error;

/**
 * The tenant is in maintenance (for example Britive's 503 with error code {@code MAINT0001}).
 * Never retried: the window lasts far longer than any backoff.
 */
public class MaintenanceException extends ServerException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public MaintenanceException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  @Override
  public boolean isFinal() {
    return true;
  }
}
