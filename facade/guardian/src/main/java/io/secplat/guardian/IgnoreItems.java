package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.IgnoreApi;
import io.secplat.guardian.generated.api.IgnoreApi.CreateIgnoreItemsQueryParams;
import io.secplat.guardian.generated.api.IgnoreApi.ListIgnoreItemsQueryParams;
import java.util.Map;

/**
 * Ignore items of node groups and nodes: configuration items left out of scans or diffs. Items
 * are keyed by CI type (for example {@code users}); their shapes are not documented.
 *
 * <pre>{@code
 * guardian.ignores().create(1, IgnoreCategory.NODE_GROUP, Map.of("users", Map.of("guest", true)));
 * Map<String, Object> items = guardian.ignores().list(Scope.nodeGroup(1), IgnoreCategory.NODE_GROUP);
 * }</pre>
 */
public final class IgnoreItems {
  private final IgnoreApi api;

  IgnoreItems(IgnoreApi api) {
    this.api = api;
  }

  /**
   * The ignore items of a node group or a node ({@code GET /api/v2/ignores.json}), e.g.
   * {@code ignores().list(Scope.node(311), IgnoreCategory.NODE_GROUP)}.
   *
   * @param scope a node group or a node
   * @param category which ignore list
   * @return the items by CI type
   */
  @Operation("listIgnoreItems")
  public Map<String, Object> list(Scope scope, IgnoreCategory category) {
    Scope.require(scope, "scope", "ignore items", Scope.Kind.NODE_GROUP, Scope.Kind.NODE);
    Arguments.requireNonNull("category", category);
    return api.listIgnoreItems(new ListIgnoreItemsQueryParams().nodeGroupId(scope.nodeGroupId()).nodeId(scope.nodeId())
        .category(category.code()));
  }

  /**
   * Adds ignore items to a node group ({@code POST /api/v2/ignores.json?node_group_id=&category=}),
   * e.g. {@code ignores().create(1, IgnoreCategory.NODE_GROUP, Map.of("users", Map.of()))}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param category which ignore list
   * @param itemsByCiType the items, keyed by CI type, at least one
   * @return the server's answer, keyed by CI type
   */
  @Operation("createIgnoreItems")
  public Map<String, Object> create(long nodeGroupId, IgnoreCategory category, Map<String, Object> itemsByCiType) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    Arguments.requireNonNull("category", category);
    Arguments.requireNonNull("itemsByCiType", itemsByCiType);
    if (itemsByCiType.isEmpty()) {
      throw new IllegalArgumentException("itemsByCiType must not be empty");
    }
    return api.createIgnoreItems(itemsByCiType,
        new CreateIgnoreItemsQueryParams().nodeGroupId(group).category(category.code()));
  }
}
