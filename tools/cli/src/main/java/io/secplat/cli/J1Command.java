package io.secplat.cli;

import io.secplat.jupiterone.JupiterOneClient;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code secplat j1 …}: JupiterOne. The API key only from the environment or the profile file
 * ({@code JUPITERONE_API_KEY}; a key on the command line would show in process lists and shell
 * history), the account and hosts also from options.
 */
@Command(name = "j1", mixinStandardHelpOptions = true,
    description = {"JupiterOne: J1QL queries, bulk synchronization, entities, relationships, integrations, audit events, the graph view, "
        + "IAM groups and raw data.",
        "Connects with JUPITERONE_API_KEY and JUPITERONE_ACCOUNT (optional JUPITERONE_REGION, JUPITERONE_BASE_URL, "
            + "JUPITERONE_IAM_URL; environment or profile), or to an embedded mock provider with --mock."})
final class J1Command implements VendorCommand {
  /**
   * The subcommands by name, in the order help lists them. {@link SecplatCli} adds them rather than
   * {@code @Command}, so that {@code main} can build only the one a command line runs (picocli
   * reflects over every command class it is given; docs/PERFORMANCE.md, "Start-up").
   */
  static final Map<String, Class<?>> SUBCOMMANDS = SecplatCli.byName(
      "query", J1QueryCommand.class, "sync", J1SyncCommand.class, "entities", J1GraphCommands.Entities.class,
      "relationships", J1GraphCommands.Relationships.class, "integrations", J1IntegrationsCommand.class,
      "audit-events", J1AuditEventsCommand.class, "graph", J1ReadCommands.Graph.class, "iam", J1ReadCommands.Iam.class,
      "raw-data", J1ReadCommands.RawData.class);

  @Mixin
  ConnectionOptions connection;

  @Spec
  CommandSpec spec;

  @Option(names = "--account", scope = ScopeType.INHERIT, description = "The JupiterOne account id (default: $JUPITERONE_ACCOUNT).")
  String account;

  @Option(names = "--region", scope = ScopeType.INHERIT, description = "The JupiterOne region (default: $JUPITERONE_REGION, else us).")
  String region;

  @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "An explicit API host, for example a proxy or a mock provider (default: $JUPITERONE_BASE_URL).")
  String baseUrl;

  @Override
  public ConnectionOptions connection() {
    return connection;
  }

  @Override
  public Map<String, String> overrides() {
    Map<String, String> overrides = new HashMap<>();
    if (account != null) {
      overrides.put(JupiterOneClient.ENV_ACCOUNT, account);
    }
    if (region != null) {
      overrides.put(JupiterOneClient.ENV_REGION, region);
    }
    if (baseUrl != null) {
      overrides.put(JupiterOneClient.ENV_BASE_URL, baseUrl);
    }
    return overrides;
  }

  /** @return a session with a JupiterOne client; the caller closes it */
  ConnectionOptions.Session<JupiterOneClient> open() {
    return Commands.open(spec, Vendor.JUPITERONE);
  }
}
