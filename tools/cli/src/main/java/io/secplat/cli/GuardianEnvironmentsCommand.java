package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List environments.")
  int list(@Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.write(session.client.environments().list());
    }
    return 0;
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Print the id of the environment with a name; exit 3 when there is none.")
  int lookup(@Parameters(paramLabel = "NAME", description = "The environment's name.") String name) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Long> id;
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      id = client.environments().lookup(name);
    }
    out.println(id.map(String::valueOf).orElse("not found"));
    out.flush();
    return id.isPresent() ? 0 : SecplatCli.NOT_FOUND;
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "List the nodes of an environment.")
  int nodes(@Parameters(paramLabel = "ENVIRONMENT_ID", description = "The environment's id.") long environmentId,
      @Mixin OutputOptions output) {
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      output.write(session.client.environments().nodes(environmentId));
    }
    return 0;
  }
}
