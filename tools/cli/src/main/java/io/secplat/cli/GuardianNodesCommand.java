package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.NodeListOptions;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat guardian nodes list|get|lookup}. */
@Command(name = "nodes", mixinStandardHelpOptions = true, description = "List, show and look up nodes.")
final class GuardianNodesCommand {
  @ParentCommand
  GuardianCommand guardian;

  @Spec
  CommandSpec spec;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List nodes, fetching pages as needed.")
  int list(
      @Option(names = "--per-page", defaultValue = "20", description = "Nodes per request (default ${DEFAULT-VALUE}).") int perPage,
      @Option(names = "--limit", description = "Stop after this many nodes.") Long limit,
      @Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.write(session.client.nodes().list(NodeListOptions.defaults().withPerPage(perPage)),
          limit == null ? Long.MAX_VALUE : limit);
    }
    return 0;
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one node.")
  int get(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.writeOne(session.client.nodes().get(nodeId));
    }
    return 0;
  }

  /** Exactly one way to look a node up. */
  static final class LookupKey {
    @Option(names = "--name", required = true, description = "The node's name.")
    String name;

    @Option(names = "--external-id", required = true, description = "The node's external id.")
    String externalId;
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Print the id of a node found by name or external id; exit 3 when there is none.")
  int lookup(@ArgGroup(exclusive = true, multiplicity = "1") LookupKey key) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Long> id;
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      id = key.name != null ? client.nodes().lookupByName(key.name) : client.nodes().lookupByExternalId(key.externalId);
    }
    out.println(id.map(String::valueOf).orElse("not found"));
    out.flush();
    return id.isPresent() ? 0 : SecplatCli.NOT_FOUND;
  }
}
