package io.secplat.core.error;

/**
 * The server did not reach the awaited state within the caller's deadline (a deferred result
 * still in progress, a job still running). Not retried: the caller chose how long to wait.
 */
public class DeadlineExceededException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the request that was polled and its last answer
   * @param message what was awaited, the last state seen and how long the client waited
   */
  public DeadlineExceededException(ErrorDetails details, String message) {
    super(details, message, null);
  }

  /**
   * Creates the exception for a call whose deadline ended an attempt in progress.
   *
   * @param details the request
   * @param message what was cut short, and the deadline
   * @param cause the attempt's failure
   */
  public DeadlineExceededException(ErrorDetails details, String message, Throwable cause) {
    super(details, message, cause);
  }
}
