package io.secplat.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code secplat veza tags create|add|remove}. */
@Command(name = "tags", mixinStandardHelpOptions = true, description = "Manage Veza tags on graph nodes.")
final class VezaTagsCommand extends ReadCommand.Veza {

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a tag.")
  int create(@Parameters(index = "0", paramLabel = "KEY", description = "The tag's key.") String key,
      @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The tag's value (optional).") String value) {
    return run(client -> client.tags().create(key, value), "created tag " + key + (value == null ? "" : "=" + value));
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Tag a node: add NODE_ID KEY=VALUE...")
  int add(@Parameters(index = "0", paramLabel = "NODE_ID", description = "The graph node's id.") String nodeId,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "The tags to add.") List<String> tags) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String tag : tags) {
      int equals = tag.indexOf('=');
      if (equals <= 0) {
        throw new ParameterException(spec.commandLine(), "a tag must be KEY=VALUE, was: " + tag);
      }
      parsed.put(tag.substring(0, equals), tag.substring(equals + 1));
    }
    return run(client -> client.tags().add(nodeId, parsed), "tagged " + nodeId + " with " + parsed);
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a tag from a node.")
  int remove(@Parameters(index = "0", paramLabel = "NODE_ID", description = "The graph node's id.") String nodeId,
      @Parameters(index = "1", paramLabel = "KEY", description = "The key of the tag to remove.") String key) {
    return run(client -> client.tags().remove(nodeId, key), "removed tag " + key + " from " + nodeId);
  }
}
