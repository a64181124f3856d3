package io.secplat.core.error;

/**
 * A response body passed the client's {@code maxResponseBytes} (measured after decompression).
 * What was read is dropped and the connection closed; no memory is held for the rest. Not
 * retried: the same request would bring the same body.
 */
public class ResponseTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final String operation;
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param details the request and the response's status and request id
   * @param operation the operation's name
   * @param limit the limit in bytes
   */
  public ResponseTooLargeException(ErrorDetails details, String operation, long limit) {
    super(details, details.describe() + ": the response body of " + operation + " passed the limit of " + limit
        + " bytes (maxResponseBytes)", null);
    this.operation = operation;
    this.limit = limit;
  }

  /** @return the operation whose response was too large */
  public String operation() {
    return operation;
  }

  /** @return the limit in bytes */
  public long limit() {
    return limit;
  }
}
