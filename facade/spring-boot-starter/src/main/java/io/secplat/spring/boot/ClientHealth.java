package io.secplat.spring.boot;

import io.secplat.core.VendorClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's health from its circuit breaker alone (no call to the vendor): up while the breaker
 * is closed, half-open or disabled, down while it is open.
 */
final class ClientHealth {
  final boolean up;
  final Map<String, Object> details;

  private ClientHealth(boolean up, Map<String, Object> details) {
    this.up = up;
    this.details = details;
  }

  static ClientHealth of(VendorClient client) {
    String circuit = client.circuitState();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("client", client.getClass().getSimpleName());
    details.put("circuit", circuit);
    return new ClientHealth(!"OPEN".equals(circuit), details);
  }
}
