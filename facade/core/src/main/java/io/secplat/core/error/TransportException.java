package io.secplat.core.error;

/**
 * No complete response arrived: connection refused or reset, timeout, TLS failure. Retryable,
 * but only for operations that are safe to repeat, because the request may have been processed.
 */
public class TransportException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the request
   * @param cause the I/O failure
   */
  public TransportException(ErrorDetails details, Throwable cause) {
    super(details, details.describe() + " failed in transport: " + describeCause(cause), cause);
  }

  private static String describeCause(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
