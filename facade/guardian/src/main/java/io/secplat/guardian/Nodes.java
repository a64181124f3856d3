package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Lookup;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.NodesApi;
import io.secplat.guardian.generated.api.NodesApi.AddToNodeGroupQueryParams;
import io.secplat.guardian.generated.api.NodesApi.GetNodeStatusCountsQueryParams;
import io.secplat.guardian.generated.api.NodesApi.ListNodesQueryParams;
import io.secplat.guardian.generated.api.NodesApi.LookupNodeQueryParams;
import io.secplat.guardian.generated.api.NodesApi.RemoveFromNodeGroupQueryParams;
import io.secplat.guardian.generated.model.Node;
import io.secplat.guardian.generated.model.NodeCreateAttributes;
import io.secplat.guardian.generated.model.NodeCreateRequest;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupMembership;
import io.secplat.guardian.generated.model.NodeLookupResult;
import io.secplat.guardian.generated.model.NodeStatusCounts;
import io.secplat.guardian.generated.model.NodeUpdateAttributes;
import io.secplat.guardian.generated.model.NodeUpdateRequest;
import java.util.List;
import java.util.Optional;

/**
 * Nodes (monitored servers, devices and websites): the records, lookups, their node groups and
 * status counts; their scan results and diffs through {@link #scanResults()} and {@link #diffs()}.
 * The Rails root key {@code node} of request bodies is added here.
 *
 * <pre>{@code
 * Node node = guardian.nodes().create(new NodeCreateAttributes().name("web01").nodeType("SV")
 *     .mediumType(3).mediumHostname("web01.example.com").mediumUsername("guardian"));
 * guardian.nodes().addToNodeGroup(node.getId(), 1);
 * Optional<Long> same = guardian.nodes().lookupByName("web01");
 * }</pre>
 */
public final class Nodes {
  private final NodesApi api;
  private final NodeScanResults scanResults;
  private final NodeDiffs diffs;

  Nodes(NodesApi api, DocumentsApi documents) {
    this.api = api;
    this.scanResults = new NodeScanResults(api, documents);
    this.diffs = new NodeDiffs(api);
  }

  /** @return the scan results of nodes, e.g. {@code nodes().scanResults().lastStatus(311)} */
  public NodeScanResults scanResults() {
    return scanResults;
  }

  /** @return diffs between nodes and scans, e.g. {@code nodes().diffs().lastScan(311)} */
  public NodeDiffs diffs() {
    return diffs;
  }

  /**
   * The skeleton of a new node ({@code GET /api/v2/nodes/new.json}), e.g. {@code nodes().template()}.
   *
   * @return the skeleton's fields
   */
  @Operation("getNodeTemplate")
  public NodeCreateAttributes template() {
    return api.getNodeTemplate();
  }

  /**
   * Every node, 20 per request, e.g. {@code nodes().list()}.
   *
   * @return the nodes, fetched lazily
   */
  @Operation("listNodes")
  public PagedIterable<Node> list() {
    return list(NodeListOptions.defaults());
  }

  /**
   * The nodes matching the options ({@code GET /api/v2/nodes.json}), e.g.
   * {@code nodes().list(NodeListOptions.defaults().withStatus(NodeStatus.DETECTED))}.
   *
   * @param options filters and page size
   * @return the nodes, fetched lazily
   */
  @Operation("listNodes")
  public PagedIterable<Node> list(NodeListOptions options) {
    Arguments.requireNonNull("options", options);
    String status = options.status() == null ? null : options.status().wireValue();
    String lastScanStatus = options.lastScanStatus() == null ? null : options.lastScanStatus().wireValue();
    return GuardianPaging.iterate(options.perPage(), (page, size) -> api.listNodes(new ListNodesQueryParams()
        .lastScanStatus(lastScanStatus).page(page).perPage(size).status(status).name(options.name())
        .externalId(options.externalId())));
  }

  /**
   * Registers a node ({@code POST /api/v2/nodes.json}, body {@code {"node": ...}}), e.g.
   * {@code nodes().create(new NodeCreateAttributes().name("web01"))}. Not retried.
   *
   * @param attributes the new node's fields; unset fields are not sent
   * @return the created node
   */
  @Operation("createNode")
  public Node create(NodeCreateAttributes attributes) {
    return api.createNode(new NodeCreateRequest().node(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One node ({@code GET /api/v2/nodes/{id}.json}), e.g. {@code nodes().get(311)}.
   *
   * @param nodeId the node's id
   * @return the node
   */
  @Operation("getNode")
  public Node get(long nodeId) {
    return api.getNode(Ids.id("nodeId", nodeId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/nodes/{id}.json}), e.g.
   * {@code nodes().update(311, new NodeUpdateAttributes().shortDescription("Main web node"))}. Only
   * set fields are sent: Guardian would store a null as an empty string.
   *
   * @param nodeId the node's id
   * @param attributes the fields to change; unset fields stay as they are
   */
  @Operation("updateNode")
  public void update(long nodeId, NodeUpdateAttributes attributes) {
    long id = Ids.id("nodeId", nodeId);
    api.updateNode(id, new NodeUpdateRequest().node(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes a node ({@code DELETE /api/v2/nodes/{id}.json}), e.g. {@code nodes().delete(311)}.
   *
   * @param nodeId the node's id
   */
  @Operation("deleteNode")
  public void delete(long nodeId) {
    api.deleteNode(Ids.id("nodeId", nodeId));
  }

  /**
   * Finds a node's id by name ({@code GET /api/v2/nodes/lookup.json?name=}), e.g. {@code nodes().lookupByName("prod01")}.
   *
   * @param name the node's name
   * @return its id, or empty when no node has that name
   */
  @Operation("lookupNode")
  public Optional<Long> lookupByName(String name) {
    return lookup(new LookupNodeQueryParams().name(Arguments.requireNonBlank("name", name)));
  }

  /**
   * Finds a node's id by external id ({@code GET /api/v2/nodes/lookup.json?external_id=}), e.g.
   * {@code nodes().lookupByExternalId("i-12345")}.
   *
   * @param externalId the node's external id
   * @return its id, or empty when no node has that external id
   */
  @Operation("lookupNode")
  public Optional<Long> lookupByExternalId(String externalId) {
    return lookup(new LookupNodeQueryParams().externalId(Arguments.requireNonBlank("externalId", externalId)));
  }

  /**
   * Finds a node's id by its SSH connection, port 22
   * ({@code GET /api/v2/nodes/lookup.json?ssh_hostname=&ssh_username=}), e.g.
   * {@code nodes().lookupBySsh("jenkins.company.com", "guardian")}.
   *
   * @param hostname the SSH host name
   * @param username the SSH user name
   * @return its id, or empty when no node connects that way
   */
  @Operation("lookupNode")
  public Optional<Long> lookupBySsh(String hostname, String username) {
    return lookup(new LookupNodeQueryParams().sshHostname(Arguments.requireNonBlank("hostname", hostname))
        .sshUsername(Arguments.requireNonBlank("username", username)));
  }

  /**
   * Finds a node's id by its SSH connection on a port, e.g. {@code nodes().lookupBySsh("jenkins.company.com", "guardian", 2222)}.
   *
   * @param hostname the SSH host name
   * @param username the SSH user name
   * @param port the SSH port
   * @return its id, or empty when no node connects that way
   */
  @Operation("lookupNode")
  public Optional<Long> lookupBySsh(String hostname, String username, int port) {
    return lookup(new LookupNodeQueryParams().sshHostname(Arguments.requireNonBlank("hostname", hostname))
        .sshUsername(Arguments.requireNonBlank("username", username)).sshPort(Arguments.requirePositive("port", port)));
  }

  /**
   * Adds a node to a node group ({@code POST /api/v2/nodes/{id}/add_to_node_group.json?node_group_id=}),
   * e.g. {@code nodes().addToNodeGroup(311, 1)}. Not retried.
   *
   * @param nodeId the node's id
   * @param nodeGroupId the node group's id
   * @return the membership
   */
  @Operation("addToNodeGroup")
  public NodeGroupMembership addToNodeGroup(long nodeId, long nodeGroupId) {
    long node = Ids.id("nodeId", nodeId);
    return api.addToNodeGroup(node, new AddToNodeGroupQueryParams().nodeGroupId(Ids.id("nodeGroupId", nodeGroupId)));
  }

  /**
   * Removes a node from a node group ({@code POST /api/v2/nodes/{id}/remove_from_node_group.json?node_group_id=}),
   * e.g. {@code nodes().removeFromNodeGroup(311, 1)}. Not retried.
   *
   * @param nodeId the node's id
   * @param nodeGroupId the node group's id
   */
  @Operation("removeFromNodeGroup")
  public void removeFromNodeGroup(long nodeId, long nodeGroupId) {
    long node = Ids.id("nodeId", nodeId);
    api.removeFromNodeGroup(node, new RemoveFromNodeGroupQueryParams().nodeGroupId(Ids.id("nodeGroupId", nodeGroupId)));
  }

  /**
   * The node groups a node belongs to ({@code GET /api/v2/nodes/{id}/node_groups.json}), e.g.
   * {@code nodes().nodeGroups(311)}.
   *
   * @param nodeId the node's id
   * @return the node groups (not paged)
   */
  @Operation("listNodeGroupsOfNode")
  public List<NodeGroup> nodeGroups(long nodeId) {
    return api.listNodeGroupsOfNode(Ids.id("nodeId", nodeId));
  }

  /**
   * The total, failing and unmanaged node counts ({@code GET /api/v2/nodes/status_counts.json}), e.g.
   * {@code nodes().statusCounts(Scope.environment(30))}.
   *
   * @param scope the organisation, an environment or a node group
   * @return the counts
   */
  @Operation("getNodeStatusCounts")
  public NodeStatusCounts statusCounts(Scope scope) {
    Scope.require(scope, "scope", "status counts", Scope.Kind.ORGANISATION, Scope.Kind.ENVIRONMENT, Scope.Kind.NODE_GROUP);
    return api.getNodeStatusCounts(new GetNodeStatusCountsQueryParams().nodeGroupId(scope.nodeGroupId())
        .environmentId(scope.environmentId()));
  }

  private Optional<Long> lookup(LookupNodeQueryParams query) {
    return Lookup.optional(() -> api.lookupNode(query)).map(NodeLookupResult::getNodeId);
  }
}
