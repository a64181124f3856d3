package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.NodeGroupsApi;
import io.secplat.guardian.generated.api.NodeGroupsApi.AddPolicyVersionToNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.RemovePolicyVersionFromNodeGroupQueryParams;
import io.secplat.guardian.generated.model.NodeGroupPolicyVersion;
import java.util.List;
import java.util.Map;

/**
 * The policy versions attached to node groups, which their scans are checked against.
 *
 * <pre>{@code
 * guardian.nodeGroups().policyVersions().add(1, PolicyVersionRef.latestOf(14));
 * guardian.nodeGroups().policyVersions().remove(1, PolicyVersionRef.of(17));
 * }</pre>
 */
public final class NodeGroupPolicyVersions {
  private final NodeGroupsApi api;

  NodeGroupPolicyVersions(NodeGroupsApi api) {
    this.api = api;
  }

  /**
   * Attaches a policy version to a node group ({@code POST /api/v2/node_groups/{id}/add_policy_version.json}),
   * e.g. {@code policyVersions().add(1, PolicyVersionRef.of(17))}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param version the policy version
   * @return the attachment
   */
  @Operation("addPolicyVersionToNodeGroup")
  public NodeGroupPolicyVersion add(long nodeGroupId, PolicyVersionRef version) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    Arguments.requireNonNull("version", version);
    return api.addPolicyVersionToNodeGroup(group, new AddPolicyVersionToNodeGroupQueryParams()
        .policyVersionId(version.policyVersionId()).policyId(version.policyId()).version(version.version()));
  }

  /**
   * The policy versions attached to a node group ({@code GET /api/v2/node_groups/{id}/policy_versions.json}),
   * e.g. {@code policyVersions().list(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the policy versions (not paged; fields undocumented)
   */
  @Operation("listNodeGroupPolicyVersions")
  public List<Map<String, Object>> list(long nodeGroupId) {
    return api.listNodeGroupPolicyVersions(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * Detaches a policy version from a node group ({@code POST /api/v2/node_groups/{id}/remove_policy_version.json}),
   * e.g. {@code policyVersions().remove(1, PolicyVersionRef.of(14, 3))}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param version the policy version
   */
  @Operation("removePolicyVersionFromNodeGroup")
  public void remove(long nodeGroupId, PolicyVersionRef version) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    Arguments.requireNonNull("version", version);
    api.removePolicyVersionFromNodeGroup(group, new RemovePolicyVersionFromNodeGroupQueryParams()
        .policyVersionId(version.policyVersionId()).policyId(version.policyId()).version(version.version()));
  }
}
