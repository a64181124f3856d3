package io.secplat.core.error;

/**
 * The request never left the client: no connection could be opened (refused, unreachable, unknown
 * host). The server cannot have seen it, so repeating it is safe for every operation, a create
 * included: this is the one transport failure a mutation is retried for.
 *
 * <p>Any failure after the connection was open (a reset, a timeout, a cut-off response) is a plain
 * {@link TransportException}: the request may have been processed, and a mutation is not repeated.
 */
public class RequestNotSentException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the request
   * @param cause the connection failure
   */
  public RequestNotSentException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
