package io.secplat.veza;

import io.secplat.core.Arguments;
import java.util.List;

/**
 * Options of Veza's node listings. Immutable; each {@code with…} returns a copy.
 *
 * @param pageSize nodes per request (default 100)
 * @param orderBy for example {@code destination_node_count DESC}, or null
 * @param snapshotId the graph snapshot to read (a 64-bit id as text), or null for the latest
 * @param propertiesToGet node properties to return (saved-query nodes only), empty for the default set
 */
public record NodeListOptions(int pageSize, String orderBy, String snapshotId, List<String> propertiesToGet) {
  /** The page size used unless another is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** Checks and copies the options. */
  public NodeListOptions {
    Arguments.requirePositive("pageSize", pageSize);
    propertiesToGet = List.copyOf(Arguments.requireNonNull("propertiesToGet", propertiesToGet));
  }

  /** @return 100 per page, server order, latest snapshot, default properties */
  public static NodeListOptions defaults() {
    return new NodeListOptions(DEFAULT_PAGE_SIZE, null, null, List.of());
  }

  /**
   * @param size nodes per request
   * @return a copy with this page size
   */
  public NodeListOptions withPageSize(int size) {
    return new NodeListOptions(size, orderBy, snapshotId, propertiesToGet);
  }

  /**
   * @param order for example {@code risk_score DESC}
   * @return a copy with this order
   */
  public NodeListOptions withOrderBy(String order) {
    return new NodeListOptions(pageSize, Arguments.requireNonBlank("orderBy", order), snapshotId, propertiesToGet);
  }

  /**
   * @param snapshot a snapshot id
   * @return a copy reading that snapshot
   */
  public NodeListOptions withSnapshotId(String snapshot) {
    return new NodeListOptions(pageSize, orderBy, Arguments.requireNonBlank("snapshotId", snapshot), propertiesToGet);
  }

  /**
   * @param properties node properties to return
   * @return a copy returning those properties
   */
  public NodeListOptions withPropertiesToGet(List<String> properties) {
    return new NodeListOptions(pageSize, orderBy, snapshotId, properties);
  }

  String pageSizeText() {
    return Integer.toString(pageSize);
  }
}
