package io.secplat.core.error;

/**
 * A response arrived but its body could not be decoded into the documented model (malformed or
 * truncated JSON, a wrong type). Not retried: the same bytes would come back.
 */
public class UndecodableResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what is known about the request
   * @param cause the decoding failure
   */
  public UndecodableResponseException(ErrorDetails details, Throwable cause) {
    super(details, details.describe() + ": the response body could not be decoded" + driftOf(cause), cause);
  }

  private static String driftOf(Throwable cause) {
    io.secplat.core.contract.Drift drift = io.secplat.core.contract.Drift.in(cause);
    return drift == null ? "" : " (contract drift in " + drift.operation() + ": " + drift.describe() + ")";
  }
}
