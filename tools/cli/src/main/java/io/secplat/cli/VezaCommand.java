package io.secplat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code secplat veza …}: saved queries, query specs, tags, tag promotions and private assessments. Connects with
 * {@code VEZA_BASE_URL} and {@code VEZA_API_KEY}, or with {@code --mock} to an embedded Veza mock
 * provider.
 */
@Command(name = "veza", mixinStandardHelpOptions = true,
    description = {"Veza: saved queries, query specs, tags, tag promotions, private assessments and OAA pushes.",
        "Connects with VEZA_BASE_URL and VEZA_API_KEY (environment or profile), or to an embedded mock provider with --mock."},
    subcommands = {VezaQueriesCommand.class, VezaSpecCommand.class, VezaTagsCommand.class, VezaTagPromotionsCommand.class,
        VezaPrivateAssessmentsCommand.class, VezaOaaCommand.class, VezaReportsCommand.class})
public final class VezaCommand implements VendorCommand {
  @Mixin
  ConnectionOptions connection;

  @Override
  public ConnectionOptions connection() {
    return connection;
  }
}
