package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.NodeGroup;
import io.secplat.guardian.generated.model.NodeGroupCreateAttributes;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat guardian node-groups list|create|delete|nodes|add-node|remove-node}. */
@Command(name = "node-groups", mixinStandardHelpOptions = true, description = "List, create and delete node groups; change their members.")
final class GuardianNodeGroupsCommand {
  @ParentCommand
  GuardianCommand guardian;

  @Spec
  CommandSpec spec;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List node groups.")
  int list(@Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.write(session.client.nodeGroups().list());
    }
    return 0;
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a node group and print its id.")
  int create(@Option(names = "--name", required = true, description = "The group's name.") String name,
      @Option(names = "--description", description = "A description.") String description,
      @Option(names = "--node-rules", description = "A node name pattern, such as ^web.") String nodeRules) {
    PrintWriter out = spec.commandLine().getOut();
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      NodeGroup group = client.nodeGroups().create(new NodeGroupCreateAttributes().name(name).description(description)
          .nodeRules(nodeRules));
      out.println(group.getId() + "\t" + group.getName());
    }
    out.flush();
    return 0;
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a node group.")
  int delete(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      client.nodeGroups().delete(nodeGroupId);
    }
    return 0;
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "List the nodes of a node group.")
  int nodes(@Parameters(paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.write(session.client.nodeGroups().nodes(nodeGroupId));
    }
    return 0;
  }

  @Command(name = "add-node", mixinStandardHelpOptions = true, description = "Add a node to a node group.")
  int addNode(@Parameters(index = "0", paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Parameters(index = "1", paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      client.nodeGroups().addNode(nodeGroupId, nodeId);
    }
    return 0;
  }

  @Command(name = "remove-node", mixinStandardHelpOptions = true, description = "Remove a node from a node group.")
  int removeNode(@Parameters(index = "0", paramLabel = "NODE_GROUP_ID", description = "The node group's id.") long nodeGroupId,
      @Parameters(index = "1", paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      client.nodeGroups().removeNode(nodeGroupId, nodeId);
    }
    return 0;
  }
}
