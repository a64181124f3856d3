package io.secplat.core.contract;

/**
 * The outcome of one read-only operation in a conformance run.
 *
 * @param operation the spec's operationId (from the façade method's {@code @Operation})
 * @param call the façade call, for example {@code environments().list}
 * @param status {@code ok}, {@code drift}, {@code error} or {@code skipped}
 * @param path for drift: the JSON path that deviates; otherwise null
 * @param expected for drift: the shape the contract promises; otherwise null
 * @param found for drift: the shape that arrived; otherwise null
 * @param detail for drift its kind, for error the exception's type and message, for skipped the reason
 */
public record ConformanceRow(String operation, String call, Status status, String path, String expected, String found,
    String detail) {

  /** How an operation fared. */
  public enum Status {
    /** The response matched the contract. */
    ok,
    /** The response deviated from the contract. */
    drift,
    /** The call failed for another reason (the typed exception is in the detail). */
    error,
    /** The operation was not called (no ids found, needs input). */
    skipped
  }

  static ConformanceRow ok(String operation, String call) {
    return new ConformanceRow(operation, call, Status.ok, null, null, null, null);
  }

  static ConformanceRow drift(String operation, String call, Drift drift) {
    return new ConformanceRow(operation, call, Status.drift, drift.path(), drift.expected(), drift.found(),
        drift.kind().name());
  }

  static ConformanceRow error(String operation, String call, Throwable failure) {
    return new ConformanceRow(operation, call, Status.error, null, null, null,
        failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  static ConformanceRow skipped(String operation, String call, String reason) {
    return new ConformanceRow(operation, call, Status.skipped, null, null, null, reason);
  }

  /** @return one line for a terminal */
  public String describe() {
    switch (status) {
      case drift:
        return operation + "  drift  " + path + "  expected " + expected + ", found " + found + " (" + detail + ")";
      case ok:
        return operation + "  ok";
      default:
        return operation + "  " + status + "  " + detail;
    }
  }
}
