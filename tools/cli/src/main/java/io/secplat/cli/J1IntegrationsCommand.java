package io.secplat.cli;

import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.IntegrationDefinition;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat j1 integrations list|get|invoke}. */
@Command(name = "integrations", mixinStandardHelpOptions = true,
    description = "List and show integration definitions; start an integration instance.")
final class J1IntegrationsCommand {
  @ParentCommand
  J1Command j1;

  @Spec
  CommandSpec spec;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the integration definitions.")
  int list(@Mixin OutputOptions output) {
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open()) {
      output.write(session.client.integrations().definitions());
    }
    return 0;
  }

  @Command(name = "get", mixinStandardHelpOptions = true,
      description = "Show an integration definition by id or by --type; exit 3 when there is none.")
  int get(@Parameters(arity = "0..1", paramLabel = "ID", description = "The definition's id (or use --type).") String id,
      @Option(names = "--type", description = "The integration type, for example aws.") String type,
      @Mixin OutputOptions output) {
    if ((id == null) == (type == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either an ID or --type");
    }
    Optional<IntegrationDefinition> found;
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open()) {
      found = id != null ? session.client.integrations().definition(id) : session.client.integrations().find(type);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("error: no integration definition " + (id != null ? id : "of type " + type));
      spec.commandLine().getErr().flush();
      return ExitCode.NOT_FOUND.code;
    }
    output.writeOne(found.get());
    return 0;
  }

  @Command(name = "invoke", mixinStandardHelpOptions = true, description = "Start a run of an integration instance.")
  int invoke(@Parameters(paramLabel = "INSTANCE_ID", description = "The integration instance's id.") String instanceId) {
    boolean started;
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open()) {
      started = session.client.integrations().invoke(instanceId);
    }
    spec.commandLine().getOut().println(started ? "started integration instance " + instanceId
        : "integration instance " + instanceId + " was not started");
    spec.commandLine().getOut().flush();
    return started ? 0 : ExitCode.FAILED.code;
  }
}
