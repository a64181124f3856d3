package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.NodesApi;
import io.secplat.guardian.generated.api.NodesApi.GetGroupDiffQueryParams;
import io.secplat.guardian.generated.api.NodesApi.GetNodeDiffQueryParams;
import io.secplat.guardian.generated.model.GroupDiff;
import java.util.List;
import java.util.Map;

/**
 * Diffs between nodes and between scans ("diff only": just the changed items), and group diffs
 * of several nodes or node groups.
 *
 * <pre>{@code
 * List<Map<String, Object>> changes = guardian.nodes().diffs().betweenNodes(50, 60);
 * GroupDiff groups = guardian.nodes().diffs().acrossNodeGroups(List.of(2L, 4L), GroupDiffOptions.defaults());
 * }</pre>
 */
public final class NodeDiffs {
  private final NodesApi api;

  NodeDiffs(NodesApi api) {
    this.api = api;
  }

  /**
   * What the last scan of a node changed ({@code GET /api/v2/nodes/diff.json?node_id=}), e.g.
   * {@code diffs().lastScan(50)}.
   *
   * @param nodeId the node's id
   * @return the changed items (fields undocumented)
   */
  @Operation("getNodeDiff")
  public List<Map<String, Object>> lastScan(long nodeId) {
    return api.getNodeDiff(new GetNodeDiffQueryParams().nodeId(Ids.id("nodeId", nodeId)));
  }

  /**
   * The differences between two nodes ({@code GET /api/v2/nodes/diff.json?node_id=&compare_node_id=}),
   * e.g. {@code diffs().betweenNodes(50, 60)}.
   *
   * @param nodeId the node's id
   * @param compareNodeId the other node's id
   * @return the changed items (fields undocumented)
   */
  @Operation("getNodeDiff")
  public List<Map<String, Object>> betweenNodes(long nodeId, long compareNodeId) {
    return api.getNodeDiff(new GetNodeDiffQueryParams().nodeId(Ids.id("nodeId", nodeId))
        .compareNodeId(Ids.id("compareNodeId", compareNodeId)));
  }

  /**
   * The differences between two scans ({@code GET /api/v2/nodes/diff.json?scan_id=&compare_scan_id=}),
   * e.g. {@code diffs().betweenScans(100, 200)}.
   *
   * @param scanId the scan's id
   * @param compareScanId the other scan's id
   * @return the changed items (fields undocumented)
   */
  @Operation("getNodeDiff")
  public List<Map<String, Object>> betweenScans(long scanId, long compareScanId) {
    return api.getNodeDiff(new GetNodeDiffQueryParams().scanId(Ids.id("scanId", scanId))
        .compareScanId(Ids.id("compareScanId", compareScanId)));
  }

  /**
   * Compares the latest scans of several nodes ({@code GET /api/v2/nodes/group_diff.json?node_ids=1,2,3}),
   * e.g. {@code diffs().acrossNodes(List.of(1L, 2L, 3L), GroupDiffOptions.defaults())}.
   *
   * @param nodeIds the nodes, at least two
   * @param options what the diff shows
   * @return the group diff
   */
  @Operation("getGroupDiff")
  public GroupDiff acrossNodes(List<Long> nodeIds, GroupDiffOptions options) {
    List<Long> ids = Ids.list("nodeIds", nodeIds, 2);
    Arguments.requireNonNull("options", options);
    return api.getGroupDiff(new GetGroupDiffQueryParams().nodeIds(ids).showIgnored(options.showIgnored())
        .showDifference(options.showDifference()));
  }

  /**
   * Compares the latest scans of node groups ({@code GET /api/v2/nodes/group_diff.json?node_group_ids=2,4}),
   * e.g. {@code diffs().acrossNodeGroups(List.of(2L), GroupDiffOptions.defaults().withShowIgnored(true))}.
   *
   * @param nodeGroupIds the node groups, at least one
   * @param options what the diff shows
   * @return the group diff
   */
  @Operation("getGroupDiff")
  public GroupDiff acrossNodeGroups(List<Long> nodeGroupIds, GroupDiffOptions options) {
    List<Long> ids = Ids.list("nodeGroupIds", nodeGroupIds, 1);
    Arguments.requireNonNull("options", options);
    return api.getGroupDiff(new GetGroupDiffQueryParams().nodeGroupIds(ids).showIgnored(options.showIgnored())
        .showDifference(options.showDifference()));
  }
}
