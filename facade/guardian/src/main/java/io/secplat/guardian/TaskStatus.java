package io.secplat.guardian;

import java.util.Locale;

/**
 * The status of a job's task, to filter tasks by.
 *
 * <pre>{@code
 * guardian.jobs().tasks(1, TaskStatus.FAILURE);
 * }</pre>
 */
public enum TaskStatus {
  /** Waiting to run. */
  PENDING,
  /** Running. */
  PROCESSING,
  /** Finished successfully. */
  SUCCESS,
  /** Given to a connection manager. */
  ASSIGNED,
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
  EXCEPTION;

  /** @return the value sent as {@code status}, e.g. {@code failure} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
