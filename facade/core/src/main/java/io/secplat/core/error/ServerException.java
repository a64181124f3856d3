package io.secplat.core.error;

/** The server failed (HTTP 5xx). Retryable unless the vendor says otherwise, as Britive does with {@code MAINT0001}. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the failure
   * @param cause the underlying cause, or null
   */
  public ServerException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }

  /** Retryable for 500, 502, 503 and 504, unless the vendor marked the error as final. */
  @Override
  public boolean isRetryable() {
    int status = status();
    return (status == 500 || status == 502 || status == 503 || status == 504) && !isFinal();
  }

  /**
   * Whether the vendor marked this failure as one that repeating cannot cure (for example a
   * tenant in maintenance).
   *
   * @return true when the failure is final
   */
  public boolean isFinal() {
    return false;
  }
}
