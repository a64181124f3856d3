package io.secplat.guardian;

import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.NodeGroupsApi;
import io.secplat.guardian.generated.api.NodeGroupsApi.AddUserToNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.RemoveUserFromNodeGroupQueryParams;
import java.util.List;
import java.util.Map;

/**
 * The users assigned to node groups: account members see and act on the nodes of the node groups
 * they are assigned to.
 *
 * <pre>{@code
 * guardian.nodeGroups().users().add(1, 7);
 * guardian.nodeGroups().users().remove(1, 7);
 * }</pre>
 */
public final class NodeGroupUsers {
  private final NodeGroupsApi api;

  NodeGroupUsers(NodeGroupsApi api) {
    this.api = api;
  }

  /**
   * Assigns a user to a node group ({@code POST /api/v2/node_groups/{id}/add_users.json?user_id=}), e.g.
   * {@code users().add(1, 7)}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param userId the user's id
   * @return the server's answer (fields undocumented)
   */
  @Operation("addUserToNodeGroup")
  public List<Map<String, Object>> add(long nodeGroupId, long userId) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    return api.addUserToNodeGroup(group, new AddUserToNodeGroupQueryParams().userId(Ids.id("userId", userId)));
  }

  /**
   * The users assigned to a node group ({@code GET /api/v2/node_groups/{id}/users.json}), e.g. {@code users().list(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the users (not paged; fields undocumented)
   */
  @Operation("listNodeGroupUsers")
  public List<Map<String, Object>> list(long nodeGroupId) {
    return api.listNodeGroupUsers(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * Unassigns a user from a node group ({@code PUT /api/v2/node_groups/{id}/remove_user.json?user_id=}),
   * e.g. {@code users().remove(1, 7)}.
   *
   * @param nodeGroupId the node group's id
   * @param userId the user's id
   */
  @Operation("removeUserFromNodeGroup")
  public void remove(long nodeGroupId, long userId) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    api.removeUserFromNodeGroup(group, new RemoveUserFromNodeGroupQueryParams().userId(Ids.id("userId", userId)));
  }
}
