package io.secplat.cli;

import io.secplat.guardian.NodeListOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat guardian nodes list|get|lookup|template|node-groups|status-counts}. */
@Command(name = "nodes", mixinStandardHelpOptions = true,
    description = "List, show and look up nodes; their node groups and status counts.")
final class GuardianNodesCommand extends ReadCommand.Guardian {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List nodes, fetching pages as needed.")
  int list(
      @Option(names = "--per-page", defaultValue = "20", description = "Nodes per request (default ${DEFAULT-VALUE}).") int perPage,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, guardian -> guardian.nodes().list(NodeListOptions.defaults().withPerPage(perPage)));
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one node.")
  int get(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().get(nodeId));
  }

  /** Exactly one way to look a node up. */
  static final class LookupKey {
    @Option(names = "--name", required = true, description = "The node's name.")
    String name;

    @Option(names = "--external-id", required = true, description = "The node's external id.")
    String externalId;

    @Option(names = "--ssh-host", required = true, paramLabel = "HOST",
        description = "The node's SSH host name (with --ssh-user and optionally --ssh-port).")
    String sshHost;
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "Print the id of a node found by name, external id or SSH connection; exit 3 when there is none.")
  int lookup(@ArgGroup(exclusive = true, multiplicity = "1") LookupKey key,
      @Option(names = "--ssh-user", paramLabel = "USER", description = "The SSH user name (with --ssh-host).") String sshUser,
      @Option(names = "--ssh-port", paramLabel = "PORT", description = "The SSH port (with --ssh-host; default 22).") Integer sshPort) {
    if (key.sshHost != null && sshUser == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ssh-host needs --ssh-user");
    }
    return lookup(guardian -> key.name != null ? guardian.nodes().lookupByName(key.name)
        : key.externalId != null ? guardian.nodes().lookupByExternalId(key.externalId)
        : sshPort == null ? guardian.nodes().lookupBySsh(key.sshHost, sshUser)
        : guardian.nodes().lookupBySsh(key.sshHost, sshUser, sshPort));
  }

  @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new node.")
  int template(@Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().template());
  }

  @Command(name = "node-groups", mixinStandardHelpOptions = true, description = "List the node groups a node belongs to.")
  int nodeGroups(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().nodeGroups(nodeId));
  }

  @Command(name = "status-counts", mixinStandardHelpOptions = true, description = "Count the nodes of a scope by status.")
  int statusCounts(@ArgGroup(exclusive = true, multiplicity = "0..1") ScopeOptions scope, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().statusCounts(ScopeOptions.of(scope)));
  }
}
