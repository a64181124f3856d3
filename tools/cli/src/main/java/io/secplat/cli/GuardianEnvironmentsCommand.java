package io.secplat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code secplat guardian environments list|get|lookup|nodes|template|report}. */
@Command(name = "environments", mixinStandardHelpOptions = true,
    description = "List, show and look up environments; list their nodes; report on them.")
final class GuardianEnvironmentsCommand extends ReadCommand.Guardian {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List environments.")
  int list(@Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, guardian -> guardian.environments().list());
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one environment.")
  int get(@Parameters(paramLabel = "ENVIRONMENT_ID", description = "The environment's id.") long environmentId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.environments().get(environmentId));
  }

  @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Print the id of the environment with a name; exit 3 when there is none.")
  int lookup(@Parameters(paramLabel = "NAME", description = "The environment's name.") String name) {
    return lookup(guardian -> guardian.environments().lookup(name));
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "List the nodes of an environment.")
  int nodes(@Parameters(paramLabel = "ENVIRONMENT_ID", description = "The environment's id.") long environmentId,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, guardian -> guardian.environments().nodes(environmentId));
  }

  @Command(name = "template", mixinStandardHelpOptions = true, description = "Show the template of a new environment.")
  int template(@Mixin OutputOptions output) {
    return read(output, guardian -> guardian.environments().template());
  }

  @Command(name = "report", mixinStandardHelpOptions = true, description = "Show the report of an environment.")
  int report(@Parameters(paramLabel = "ENVIRONMENT_ID", description = "The environment's id.") long environmentId,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.environments().report(environmentId));
  }
}
