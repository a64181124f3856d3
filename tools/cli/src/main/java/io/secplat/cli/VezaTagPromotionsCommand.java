package io.secplat.cli;

import io.secplat.veza.generated.model.TagPromotion;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat veza tag-promotions list|promote|demote}. */
@Command(name = "tag-promotions", mixinStandardHelpOptions = true, description = "List, promote and demote tag promotions.")
final class VezaTagPromotionsCommand extends ReadCommand.Veza {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the promoted tags.")
  int list(@Mixin OutputOptions output) {
    return read(output, client -> client.tagPromotions().list());
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
    return run(client -> client.tagPromotions().promote(promotion), "promoted tag " + tagKey + " (" + tagType + ")");
  }

  @Command(name = "demote", mixinStandardHelpOptions = true, description = "Demote a promoted tag (applies at the next parse).")
  int demote(@Parameters(index = "0", paramLabel = "TAG_KEY", description = "The tag's key.") String tagKey,
      @Parameters(index = "1", paramLabel = "TAG_TYPE", description = "The tag's type, for example AWSTag.") String tagType) {
    return run(client -> client.tagPromotions().demote(tagKey, tagType), "demoted tag " + tagKey + " (" + tagType + ")");
  }
}
