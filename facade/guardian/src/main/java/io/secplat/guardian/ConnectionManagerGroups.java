package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.ConnectionManagerGroupsApi;
import io.secplat.guardian.generated.api.ConnectionManagerGroupsApi.CreateConnectionManagerGroupQueryParams;
import io.secplat.guardian.generated.model.ConnectionManagerGroup;
import java.util.List;

/**
 * Groups of connection managers and the API key that registers managers in each.
 *
 * <pre>{@code
 * ConnectionManagerGroup group = guardian.connectionManagerGroups().create("Windows Connection Managers");
 * String registrationKey = group.getApiKey();
 * }</pre>
 */
public final class ConnectionManagerGroups {
  private final ConnectionManagerGroupsApi api;

  ConnectionManagerGroups(ConnectionManagerGroupsApi api) {
    this.api = api;
  }

  /**
   * Every connection manager group ({@code GET /api/v2/connection_manager_groups.json}), e.g.
   * {@code connectionManagerGroups().list()}.
   *
   * @return the groups (not paged)
   */
  @Operation("listConnectionManagerGroups")
  public List<ConnectionManagerGroup> list() {
    return api.listConnectionManagerGroups();
  }

  /**
   * Creates a group ({@code POST /api/v2/connection_manager_groups.json?name=}), e.g.
   * {@code connectionManagerGroups().create("Windows")}. Not retried.
   *
   * @param name the group's name
   * @return the group with its id, name and registration API key
   */
  @Operation("createConnectionManagerGroup")
  public ConnectionManagerGroup create(String name) {
    return api.createConnectionManagerGroup(
        new CreateConnectionManagerGroupQueryParams().name(Arguments.requireNonBlank("name", name)));
  }

  /**
   * One group ({@code GET /api/v2/connection_manager_groups/{id}.json}), e.g. {@code connectionManagerGroups().get(1)}.
   *
   * @param connectionManagerGroupId the group's id
   * @return the group
   */
  @Operation("getConnectionManagerGroup")
  public ConnectionManagerGroup get(long connectionManagerGroupId) {
    return api.getConnectionManagerGroup(Ids.id("connectionManagerGroupId", connectionManagerGroupId));
  }
}
