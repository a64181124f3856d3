package io.secplat.core.contract;

import java.util.Objects;

/**
 * One deviation of a response from its contract: where it is and what shape was found. It never
 * holds a value of the response, only shapes, so it is safe to log and to put in a report.
 *
 * @param vendor the vendor's name, for example {@code Veza}
 * @param operation the operationId of the call whose response drifted, or {@code unknown}
 * @param path the JSON path of the field, array indices written {@code [*]}, for example
 *     {@code $.values[*].status}
 * @param kind the kind of deviation
 * @param expected the shape the contract promises, for example {@code array}
 * @param found the shape that arrived, for example {@code string}
 */
public record Drift(String vendor, String operation, String path, DriftKind kind, String expected, String found) {

  /** Checks the parts. */
  public Drift {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
  }

  /**
   * Finds the drift that made a call fail in strict mode.
   *
   * @param failure an exception, typically an {@link io.secplat.core.error.UndecodableResponseException}
   * @return the drift in its cause chain, or null when the failure is not a drift
   */
  public static Drift in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ContractDriftException drift) {
        return drift.drift();
      }
    }
    return null;
  }

  /** @return one line: kind, path, expected and found; no value */
  public String describe() {
    return kind + " at " + path + ": expected " + expected + ", found " + found;
  }
}
