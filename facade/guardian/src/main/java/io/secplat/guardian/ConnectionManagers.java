package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.ConnectionManagersApi;
import java.util.List;
import java.util.Map;

/**
 * Connection managers: agents that reach nodes on behalf of Guardian. Their fields are not
 * documented: each is a map.
 *
 * <pre>{@code
 * int managers = guardian.connectionManagers().list().size();
 * }</pre>
 */
public final class ConnectionManagers {
  private final ConnectionManagersApi api;

  ConnectionManagers(ConnectionManagersApi api) {
    this.api = api;
  }

  /**
   * Every connection manager ({@code GET /api/v2/connection_managers.json}), e.g. {@code connectionManagers().list()}.
   *
   * @return the connection managers (not paged)
   */
  @Operation("listConnectionManagers")
  public List<Map<String, Object>> list() {
    return api.listConnectionManagers();
  }
}
