package io.secplat.cli;

import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.TagPromotion;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza tag-promotions list|promote|demote}. */
@Command(name = "tag-promotions", mixinStandardHelpOptions = true, description = "List, promote and demote tag promotions.")
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

  @Command(name = "promote", mixinStandardHelpOptions = true,
      description = "Promote a tag so that it applies to entities of the data source (at its next parse).")
  int promote(@Parameters(index = "0", paramLabel = "TAG_KEY", description = "The tag's key.") String tagKey,
      @Parameters(index = "1", paramLabel = "TAG_TYPE", description = "The tag's type, for example AWSTag.") String tagType,
      @Option(names = "--include-entity-type", paramLabel = "TYPE", description = "Only entities of this type (repeatable).")
      List<String> include,
      @Option(names = "--exclude-entity-type", paramLabel = "TYPE", description = "Not entities of this type (repeatable).")
      List<String> exclude) {
    TagPromotion promotion = new TagPromotion().tagKey(tagKey).tagType(tagType);
    if (include != null) {
      promotion.includeEntityTypes(include);
    }
    if (exclude != null) {
      promotion.excludeEntityTypes(exclude);
    }
    try (ConnectionOptions.Session<VezaClient> session = veza.open()) {
      session.client.tagPromotions().promote(promotion);
    }
    spec.commandLine().getOut().println("promoted tag " + tagKey + " (" + tagType + ")");
    spec.commandLine().getOut().flush();
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
