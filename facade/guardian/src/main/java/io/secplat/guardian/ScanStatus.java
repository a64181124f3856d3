package io.secplat.guardian;

import java.util.Locale;

/**
 * The status of a node's last scan, to filter nodes by.
 *
 * <pre>{@code
 * guardian.nodes().list(NodeListOptions.defaults().withLastScanStatus(ScanStatus.ALL_FAILURES));
 * }</pre>
 */
public enum ScanStatus {
  /** Waiting to run. */
  PENDING,
  /** Running. */
  PROCESSING,
  /** Succeeded. */
  SUCCESS,
  /** Given to a connection manager. */
  ASSIGNED,
  /** Actioned. */
  ACTIONED,
  /** Failed. */
  FAILURE,
  /** The node was offline. */
  OFFLINE,
  /** Cancelled. */
  CANCELLED,
  /** Timed out. */
  TIMEOUT,
  /** Ended with an error. */
  ERROR,
  /** Ended with an exception. */
  EXCEPTION,
  /** Any kind of failure. */
  ALL_FAILURES;

  /** @return the value sent as {@code last_scan_status}, e.g. {@code all_failures} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
