package io.secplat.cli;

import io.secplat.jupiterone.generated.graphql.IntegrationDefinition;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat j1 integrations list|get|invoke}. */
@Command(name = "integrations", mixinStandardHelpOptions = true,
    description = "List and show integration definitions; start an integration instance.")
final class J1IntegrationsCommand extends ReadCommand.JupiterOne {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the integration definitions.")
  int list(@Mixin OutputOptions output) {
    return read(output, client -> client.integrations().definitions());
  }

  @Command(name = "get", mixinStandardHelpOptions = true,
      description = "Show an integration definition by id or by --type; exit 3 when there is none.")
  int get(@Parameters(arity = "0..1", paramLabel = "ID", description = "The definition's id (or use --type).") String id,
      @Option(names = "--type", description = "The integration type, for example aws.") String type,
      @Mixin OutputOptions output) {
    if ((id == null) == (type == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either an ID or --type");
    }
    Optional<IntegrationDefinition> found =
        call(client -> id != null ? client.integrations().definition(id) : client.integrations().find(type));
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("error: no integration definition " + (id != null ? id : "of type " + type));
      spec.commandLine().getErr().flush();
      return ExitCode.NOT_FOUND.code;
    }
    output.writeOne(found.get());
    return ExitCode.OK.code;
  }

  @Command(name = "invoke", mixinStandardHelpOptions = true, description = "Start a run of an integration instance.")
  int invoke(@Parameters(paramLabel = "INSTANCE_ID", description = "The integration instance's id.") String instanceId) {
    boolean started = call(client -> client.integrations().invoke(instanceId));
    println(started ? "started integration instance " + instanceId : "integration instance " + instanceId + " was not started");
    return started ? ExitCode.OK.code : ExitCode.FAILED.code;
  }
}
