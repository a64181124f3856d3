package io.secplat.guardian;

/**
 * Who or what an external event is about: a user, a node and an IP address, each optional.
 *
 * <pre>{@code
 * guardian.events().createExternal(Map.of("type", "ssh_login"), ExternalEventSource.none().withNode(311));
 * }</pre>
 *
 * @param userId the user's id, or null
 * @param nodeId the node's id, or null
 * @param ipAddress the IP address, or null
 */
public record ExternalEventSource(Long userId, Long nodeId, String ipAddress) {
  /** Checks the ids and address. */
  public ExternalEventSource {
    if (userId != null) {
      Ids.id("userId", userId);
    }
    if (nodeId != null) {
      Ids.id("nodeId", nodeId);
    }
    if (ipAddress != null) {
      io.secplat.core.Arguments.requireNonBlank("ipAddress", ipAddress);
    }
  }

  /** @return no user, node or address, e.g. {@code ExternalEventSource.none()} */
  public static ExternalEventSource none() {
    return new ExternalEventSource(null, null, null);
  }

  /**
   * @param id the user's id, e.g. {@code 7}
   * @return a copy naming the user
   */
  public ExternalEventSource withUser(long id) {
    return new ExternalEventSource(id, nodeId, ipAddress);
  }

  /**
   * @param id the node's id, e.g. {@code 311}
   * @return a copy naming the node
   */
  public ExternalEventSource withNode(long id) {
    return new ExternalEventSource(userId, id, ipAddress);
  }

  /**
   * @param address the IP address, e.g. {@code 1.2.4.5}
   * @return a copy naming the address
   */
  public ExternalEventSource withIpAddress(String address) {
    return new ExternalEventSource(userId, nodeId, io.secplat.core.Arguments.requireNonBlank("ipAddress", address));
  }
}
