package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Lookup;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.NodeGroupsApi;
import io.secplat.guardian.generated.api.NodeGroupsApi.AddNodeToNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.AddNodesToNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.CompareNodeGroupNodesQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.ListNodeGroupNodesQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.ListNodeGroupsQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.LookupNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodeGroupsApi.RemoveNodeFromNodeGroupQueryParams;
import io.secplat.guardian.generated.model.Job;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import io.secplat.guardian.generated.model.NodeGroupCreateRequest;
import io.secplat.guardian.generated.model.NodeGroupLookupResult;
import io.secplat.guardian.generated.model.NodeGroupMembership;
import io.secplat.guardian.generated.model.NodeGroupNodeComparison;
import io.secplat.guardian.generated.model.NodeGroupScanOptions;
import io.secplat.guardian.generated.model.NodeGroupScanOptionsRequest;
import io.secplat.guardian.generated.model.NodeGroupScanOptionsRequest.OptionNameEnum;
import io.secplat.guardian.generated.model.NodeGroupUpdateAttributes;
import io.secplat.guardian.generated.model.NodeGroupUpdateRequest;
import io.secplat.guardian.generated.model.ScanConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * Node groups: the records, lookup, their members, comparison, scans and scan options; the users
 * and policy versions of node groups through {@link #users()} and {@link #policyVersions()}. The
 * Rails root key {@code node_group} of request bodies is added here.
 *
 * <pre>{@code
 * NodeGroup web = guardian.nodeGroups().create(new NodeGroupCreateAttributes().name("Web").nodeRules("^web"));
 * guardian.nodeGroups().addNodes(web.getId(), List.of(311L, 312L));
 * guardian.nodeGroups().nodes(web.getId()).forEach(node -> System.out.println(node.getName()));
 * }</pre>
 */
public final class NodeGroups {
  private final NodeGroupsApi api;
  private final NodeGroupUsers users;
  private final NodeGroupPolicyVersions policyVersions;

  NodeGroups(NodeGroupsApi api) {
    this.api = api;
    this.users = new NodeGroupUsers(api);
    this.policyVersions = new NodeGroupPolicyVersions(api);
  }

  /** @return the users assigned to node groups, e.g. {@code nodeGroups().users().add(1, 7)} */
  public NodeGroupUsers users() {
    return users;
  }

  /** @return the policy versions of node groups, e.g. {@code nodeGroups().policyVersions().list(1)} */
  public NodeGroupPolicyVersions policyVersions() {
    return policyVersions;
  }

  /**
   * Every node group, 20 per request, e.g. {@code nodeGroups().list()}.
   *
   * @return the node groups, fetched lazily
   */
  @Operation("listNodeGroups")
  public PagedIterable<NodeGroup> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every node group ({@code GET /api/v2/node_groups.json}), e.g. {@code nodeGroups().list(100)}.
   *
   * @param perPage node groups per request
   * @return the node groups, fetched lazily
   */
  @Operation("listNodeGroups")
  public PagedIterable<NodeGroup> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listNodeGroups(new ListNodeGroupsQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates a node group ({@code POST /api/v2/node_groups.json}, body {@code {"node_group": ...}}), e.g.
   * {@code nodeGroups().create(new NodeGroupCreateAttributes().name("IIS"))}. Not retried.
   *
   * @param attributes the new group's fields; the name is required
   * @return the created node group
   */
  @Operation("createNodeGroup")
  public NodeGroup create(NodeGroupCreateAttributes attributes) {
    Arguments.requireNonNull("attributes", attributes);
    Arguments.requireNonBlank("attributes.name", attributes.getName());
    return api.createNodeGroup(new NodeGroupCreateRequest().nodeGroup(attributes));
  }

  /**
   * One node group ({@code GET /api/v2/node_groups/{id}.json}), e.g. {@code nodeGroups().get(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the node group
   */
  @Operation("getNodeGroup")
  public NodeGroup get(long nodeGroupId) {
    return api.getNodeGroup(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/node_groups/{id}.json}), e.g.
   * {@code nodeGroups().update(1, new NodeGroupUpdateAttributes().description("All IIS servers"))}.
   *
   * @param nodeGroupId the node group's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updateNodeGroup")
  public void update(long nodeGroupId, NodeGroupUpdateAttributes attributes) {
    long id = Ids.id("nodeGroupId", nodeGroupId);
    api.updateNodeGroup(id, new NodeGroupUpdateRequest().nodeGroup(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes a node group ({@code DELETE /api/v2/node_groups/{id}.json}), e.g. {@code nodeGroups().delete(1)}.
   *
   * @param nodeGroupId the node group's id
   */
  @Operation("deleteNodeGroup")
  public void delete(long nodeGroupId) {
    api.deleteNodeGroup(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * Finds a node group's id by name ({@code GET /api/v2/node_groups/lookup.json?name=}), e.g.
   * {@code nodeGroups().lookup("IIS")}.
   *
   * @param name the node group's name
   * @return its id, or empty when no node group has that name
   */
  @Operation("lookupNodeGroup")
  public Optional<Long> lookup(String name) {
    LookupNodeGroupQueryParams params = new LookupNodeGroupQueryParams().name(Arguments.requireNonBlank("name", name));
    return Lookup.optional(() -> api.lookupNodeGroup(params)).map(NodeGroupLookupResult::getNodeGroupId);
  }

  /**
   * The nodes of a node group, 20 per request ({@code GET /api/v2/node_groups/{id}/nodes.json}), e.g.
   * {@code nodeGroups().nodes(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the nodes, fetched lazily
   */
  @Operation("listNodeGroupNodes")
  public PagedIterable<Node> nodes(long nodeGroupId) {
    return nodes(nodeGroupId, GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * The nodes of a node group, e.g. {@code nodeGroups().nodes(1, 100)}.
   *
   * @param nodeGroupId the node group's id
   * @param perPage nodes per request
   * @return the nodes, fetched lazily
   */
  @Operation("listNodeGroupNodes")
  public PagedIterable<Node> nodes(long nodeGroupId, int perPage) {
    long id = Ids.id("nodeGroupId", nodeGroupId);
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listNodeGroupNodes(id, new ListNodeGroupNodesQueryParams().page(page).perPage(size)));
  }

  /**
   * Adds a node to a node group ({@code POST /api/v2/node_groups/{id}/add_node.json?node_id=}), e.g.
   * {@code nodeGroups().addNode(1, 311)}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param nodeId the node's id
   * @return the membership
   */
  @Operation("addNodeToNodeGroup")
  public NodeGroupMembership addNode(long nodeGroupId, long nodeId) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    return api.addNodeToNodeGroup(group, new AddNodeToNodeGroupQueryParams().nodeId(Ids.id("nodeId", nodeId)));
  }

  /**
   * Adds nodes to a node group ({@code POST /api/v2/node_groups/{id}/add_nodes.json?node_ids[]=1&node_ids[]=2}),
   * e.g. {@code nodeGroups().addNodes(1, List.of(311L, 312L))}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param nodeIds the nodes, at least one
   * @return the memberships
   */
  @Operation("addNodesToNodeGroup")
  public List<NodeGroupMembership> addNodes(long nodeGroupId, List<Long> nodeIds) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    List<Long> ids = Ids.list("nodeIds", nodeIds, 1);
    return api.addNodesToNodeGroup(group, new AddNodesToNodeGroupQueryParams().nodeIds(ids));
  }

  /**
   * Removes a node from a node group ({@code POST /api/v2/node_groups/{id}/remove_node.json?node_id=}), e.g.
   * {@code nodeGroups().removeNode(1, 311)}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @param nodeId the node's id
   */
  @Operation("removeNodeFromNodeGroup")
  public void removeNode(long nodeGroupId, long nodeId) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    api.removeNodeFromNodeGroup(group, new RemoveNodeFromNodeGroupQueryParams().nodeId(Ids.id("nodeId", nodeId)));
  }

  /**
   * Compares the nodes of a node group with each other ({@code GET /api/v2/node_groups/{id}/compare_nodes.json}),
   * e.g. {@code nodeGroups().compareNodes(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return the comparison
   */
  @Operation("compareNodeGroupNodes")
  public NodeGroupNodeComparison compareNodes(long nodeGroupId) {
    return api.compareNodeGroupNodes(Ids.id("nodeGroupId", nodeGroupId), new CompareNodeGroupNodesQueryParams());
  }

  /**
   * Compares the nodes of a node group with one base node ({@code GET /api/v2/node_groups/{id}/compare_nodes.json?node_id=}),
   * e.g. {@code nodeGroups().compareNodes(1, 311)}.
   *
   * @param nodeGroupId the node group's id
   * @param baseNodeId the node the others are compared with
   * @return the comparison
   */
  @Operation("compareNodeGroupNodes")
  public NodeGroupNodeComparison compareNodes(long nodeGroupId, long baseNodeId) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    return api.compareNodeGroupNodes(group, new CompareNodeGroupNodesQueryParams().nodeId(Ids.id("baseNodeId", baseNodeId)));
  }

  /**
   * Scans every node of a node group ({@code POST /api/v2/node_groups/{id}/scan.json}), e.g.
   * {@code nodeGroups().scan(1)}. Not retried.
   *
   * @param nodeGroupId the node group's id
   * @return the scan job
   */
  @Operation("scanNodeGroup")
  public Job scan(long nodeGroupId) {
    return api.scanNodeGroup(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * The scan configuration of a node group ({@code GET /api/v2/node_groups/{id}/node_group_configuration.json}),
   * e.g. {@code nodeGroups().configuration(1)}.
   *
   * @param nodeGroupId the node group's id
   * @return its ignore items, scan options and policies
   */
  @Operation("getNodeGroupConfiguration")
  public ScanConfiguration configuration(long nodeGroupId) {
    return api.getNodeGroupConfiguration(Ids.id("nodeGroupId", nodeGroupId));
  }

  /**
   * Replaces one scan option of a node group ({@code PUT /api/v2/node_groups/{id}/set_scan_options.json},
   * body {@code {"option_name": "<option>", "<option>": [...]}} as the seed's sample sends it), e.g.
   * {@code nodeGroups().setScanOption(1, OptionNameEnum.SCAN_DIRECTORY_OPTIONS, List.of(Map.of("path", "/etc")))}.
   *
   * @param nodeGroupId the node group's id
   * @param option which scan option
   * @param values the option's values (objects or strings, depending on the option)
   * @return the option as Guardian stored it
   */
  @Operation("setNodeGroupScanOptions")
  public NodeGroupScanOptions setScanOption(long nodeGroupId, OptionNameEnum option, List<?> values) {
    long group = Ids.id("nodeGroupId", nodeGroupId);
    Arguments.requireNonNull("option", option);
    if (option == OptionNameEnum.UNKNOWN_DEFAULT_OPEN_API) {
      throw new IllegalArgumentException("option must be a scan option Guardian documents, was " + option);
    }
    Arguments.requireNonNull("values", values);
    NodeGroupScanOptionsRequest body = new NodeGroupScanOptionsRequest().optionName(option);
    body.putAdditionalProperty(option.getValue(), values);
    return api.setNodeGroupScanOptions(group, body);
  }
}
