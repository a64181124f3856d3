package io.secplat.cli;

import io.secplat.veza.VezaClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza tag-promotions list|demote}. */
@Command(name = "tag-promotions", mixinStandardHelpOptions = true, description = "List promoted tags; demote one.")
final class VezaTagPromotionsCommand {
  @ParentCommand
  VezaCommand veza;

  @Spec
  CommandSpec spec;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the promoted tags.")
  int list(@Mixin OutputOptions output) {
    try (ConnectionOptions.Session<VezaClient> session = veza.open()) {
      output.write(session.client.tagPromotions().list());
    }
    return 0;
  }

  @Command(name = "demote", mixinStandardHelpOptions = true, description = "Demote a promoted tag (applies at the next parse).")
  int demote(@Parameters(index = "0", paramLabel = "TAG_KEY", description = "The tag's key.") String tagKey,
      @Parameters(index = "1", paramLabel = "TAG_TYPE", description = "The tag's type, for example AWSTag.") String tagType) {
    try (ConnectionOptions.Session<VezaClient> session = veza.open()) {
      session.client.tagPromotions().demote(tagKey, tagType);
    }
    spec.commandLine().getOut().println("demoted tag " + tagKey + " (" + tagType + ")");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
