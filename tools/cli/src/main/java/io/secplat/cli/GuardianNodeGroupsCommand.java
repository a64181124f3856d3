package io.secplat.cli;

import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat guardian node-groups list|get|lookup|create|delete|nodes|add-node|remove-node|…}. */
@Command(name = "node-groups", mixinStandardHelpOptions = true,
    description = "List, show, create and delete node groups; change their members; their users, policy versions and scan configuration.")
final class GuardianNodeGroupsCommand extends ReadCommand.Guardian {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List node groups.")
  int list(@Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, guardian -> guardian.nodeGroups().list());
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one node group.")
  int get(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodeGroups().get(nodeGroupId));
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Print the id of the node group with a name; exit 3 when there is none.")
  int lookup(@Parameters(paramLabel = "NAME", description = "The node group's name.") String name) {
    return lookup(guardian -> guardian.nodeGroups().lookup(name));
  }

  @Command(name = "users", mixinStandardHelpOptions = true, description = "List the users of a node group.")
  int users(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodeGroups().users().list(nodeGroupId));
  }

  @Command(name = "policy-versions", mixinStandardHelpOptions = true, description = "List the policy versions of a node group.")
  int policyVersions(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodeGroups().policyVersions().list(nodeGroupId));
  }

  @Command(name = "compare-nodes", mixinStandardHelpOptions = true, description = "Compare the nodes of a node group.")
  int compareNodes(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Option(names = "--base", paramLabel = "NODE_ID", description = "Compare with this node (default: Guardian's choice).")
      Long baseNodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> baseNodeId == null ? guardian.nodeGroups().compareNodes(nodeGroupId)
        : guardian.nodeGroups().compareNodes(nodeGroupId, baseNodeId));
  }

  @Command(name = "configuration", mixinStandardHelpOptions = true, description = "Show the scan configuration of a node group.")
  int configuration(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodeGroups().configuration(nodeGroupId));
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a node group and print its id.")
  int create(@Option(names = "--name", required = true, description = "The group's name.") String name,
      @Option(names = "--description", description = "A description.") String description,
      @Option(names = "--node-rules", description = "A node name pattern, such as ^web.") String nodeRules) {
    return run(client -> client.nodeGroups().create(new NodeGroupCreateAttributes().name(name).description(description)
        .nodeRules(nodeRules)), (NodeGroup group) -> group.getId() + "\t" + group.getName());
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a node group.")
  int delete(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId) {
    return run(client -> client.nodeGroups().delete(nodeGroupId), "deleted node group " + nodeGroupId);
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "List the nodes of a node group.")
  int nodes(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, guardian -> guardian.nodeGroups().nodes(nodeGroupId));
  }

  @Command(name = "add-node", mixinStandardHelpOptions = true, description = "Add a node to a node group.")
  int addNode(@Parameters(index = "0", paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Parameters(index = "1", paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    return run(client -> client.nodeGroups().addNode(nodeGroupId, nodeId), "added node " + nodeId + " to node group " + nodeGroupId);
  }

  @Command(name = "remove-node", mixinStandardHelpOptions = true, description = "Remove a node from a node group.")
  int removeNode(@Parameters(index = "0", paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Parameters(index = "1", paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    return run(client -> client.nodeGroups().removeNode(nodeGroupId, nodeId), "removed node " + nodeId + " from node group " + nodeGroupId);
  }
}
