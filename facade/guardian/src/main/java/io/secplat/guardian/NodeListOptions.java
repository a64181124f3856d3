package io.secplat.guardian;

import io.secplat.core.Arguments;

/**
 * Which nodes to list: by status, last scan status, name or external id, and how many per
 * request. Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * NodeListOptions failing = NodeListOptions.defaults().withLastScanStatus(ScanStatus.ALL_FAILURES).withPerPage(100);
 * }</pre>
 *
 * @param status the registration status, or null for Guardian's default
 * @param lastScanStatus the status of the last scan, or null for any
 * @param name a node name to match, or null
 * @param externalId an external id to match, or null
 * @param perPage nodes per request (Guardian's default 20)
 */
public record NodeListOptions(NodeStatus status, ScanStatus lastScanStatus, String name, String externalId, int perPage) {
  /** Checks the options. */
  public NodeListOptions {
    if (name != null) {
      Arguments.requireNonBlank("name", name);
    }
    if (externalId != null) {
      Arguments.requireNonBlank("externalId", externalId);
    }
    Arguments.requirePositive("perPage", perPage);
  }

  /** @return no filter, 20 nodes per request */
  public static NodeListOptions defaults() {
    return new NodeListOptions(null, null, null, null, GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * @param value e.g. {@code NodeStatus.ACTIVE}
   * @return a copy listing nodes of this status
   */
  public NodeListOptions withStatus(NodeStatus value) {
    return new NodeListOptions(Arguments.requireNonNull("status", value), lastScanStatus, name, externalId, perPage);
  }

  /**
   * @param value e.g. {@code ScanStatus.FAILURE}
   * @return a copy listing nodes whose last scan has this status
   */
  public NodeListOptions withLastScanStatus(ScanStatus value) {
    return new NodeListOptions(status, Arguments.requireNonNull("lastScanStatus", value), name, externalId, perPage);
  }

  /**
   * @param value a node name, e.g. {@code prod01}
   * @return a copy listing nodes of this name
   */
  public NodeListOptions withName(String value) {
    return new NodeListOptions(status, lastScanStatus, Arguments.requireNonBlank("name", value), externalId, perPage);
  }

  /**
   * @param value an external id, e.g. {@code i-12345}
   * @return a copy listing nodes with this external id
   */
  public NodeListOptions withExternalId(String value) {
    return new NodeListOptions(status, lastScanStatus, name, Arguments.requireNonBlank("externalId", value), perPage);
  }

  /**
   * @param value nodes per request, e.g. {@code 100}
   * @return a copy with this page size
   */
  public NodeListOptions withPerPage(int value) {
    return new NodeListOptions(status, lastScanStatus, name, externalId, value);
  }
}
