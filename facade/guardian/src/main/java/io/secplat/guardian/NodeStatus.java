package io.secplat.guardian;

import java.util.Locale;

/**
 * A node's registration status, to filter nodes by.
 *
 * <pre>{@code
 * guardian.nodes().list(NodeListOptions.defaults().withStatus(NodeStatus.DETECTED));
 * }</pre>
 */
public enum NodeStatus {
  /** Registered and monitored. */
  ACTIVE,
  /** Deleted. */
  DELETED,
  /** Detected on the network but not registered. */
  DETECTED;

  /** @return the value sent as {@code status}, e.g. {@code active} */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
