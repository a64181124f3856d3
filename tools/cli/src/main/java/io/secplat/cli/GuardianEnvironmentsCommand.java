package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat guardian environments list|lookup|nodes}. */
@Command(name = "environments", mixinStandardHelpOptions = true, description = "List and look up environments; list their nodes.")
final class GuardianEnvironmentsCommand {
  @ParentCommand
  GuardianCommand guardian;

  @Spec
  CommandSpec spec;

  @Command(name = "list", description = "List environments, one per line (id, name, short description).")
  int list() {
    PrintWriter out = spec.commandLine().getOut();
    try (GuardianClient client = guardian.client()) {
      client.environments().list().forEach(e -> out.println(e.getId() + "\t" + e.getName() + "\t" + e.getShortDescription()));
    }
    out.flush();
    return 0;
  }

  @Command(name = "lookup", description = "Print the id of the environment with a name; exit 3 when there is none.")
  int lookup(@Parameters(paramLabel = "NAME") String name) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Long> id;
    try (GuardianClient client = guardian.client()) {
      id = client.environments().lookup(name);
    }
    out.println(id.map(String::valueOf).orElse("not found"));
    out.flush();
    return id.isPresent() ? 0 : SecplatCli.NOT_FOUND;
  }

  @Command(name = "nodes", description = "List the nodes of an environment, one per line (id, name, environment).")
  int nodes(@Parameters(paramLabel = "ENVIRONMENT_ID") long environmentId) {
    PrintWriter out = spec.commandLine().getOut();
    try (GuardianClient client = guardian.client()) {
      client.environments().nodes(environmentId).forEach(node -> out.println(GuardianNodesCommand.line(node)));
    }
    out.flush();
    return 0;
  }
}
