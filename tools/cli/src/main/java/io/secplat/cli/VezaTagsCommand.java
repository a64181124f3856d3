package io.secplat.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza tags create|add|remove}. */
@Command(name = "tags", mixinStandardHelpOptions = true, description = "Manage Veza tags on graph nodes.",
    subcommands = {VezaTagsCommand.Create.class, VezaTagsCommand.Add.class, VezaTagsCommand.Remove.class})
final class VezaTagsCommand {
  @ParentCommand
  VezaCommand veza;

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a tag.")
  static final class Create implements Callable<Integer> {
    @ParentCommand
    VezaTagsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KEY", description = "The tag's key.")
    String key;
    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The tag's value (optional).")
    String value;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<io.secplat.veza.VezaClient> session = parent.veza.open()) {
        session.client.tags().create(key, value);
      }
      spec.commandLine().getOut().printf("created tag %s%s%n", key, value == null ? "" : "=" + value);
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Tag a node: add NODE_ID KEY=VALUE...")
  static final class Add implements Callable<Integer> {
    @ParentCommand
    VezaTagsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "NODE_ID", description = "The graph node's id.")
    String nodeId;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "The tags to add.")
    List<String> tags;

    @Override
    public Integer call() {
      Map<String, String> parsed = new LinkedHashMap<>();
      for (String tag : tags) {
        int equals = tag.indexOf('=');
        if (equals <= 0) {
          throw new ParameterException(spec.commandLine(), "a tag must be KEY=VALUE, was: " + tag);
        }
        parsed.put(tag.substring(0, equals), tag.substring(equals + 1));
      }
      try (ConnectionOptions.Session<io.secplat.veza.VezaClient> session = parent.veza.open()) {
        session.client.tags().add(nodeId, parsed);
      }
      spec.commandLine().getOut().printf("tagged %s with %s%n", nodeId, parsed);
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a tag from a node.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand
    VezaTagsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "NODE_ID", description = "The graph node's id.")
    String nodeId;
    @Parameters(index = "1", paramLabel = "KEY", description = "The key of the tag to remove.")
    String key;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<io.secplat.veza.VezaClient> session = parent.veza.open()) {
        session.client.tags().remove(nodeId, key);
      }
      spec.commandLine().getOut().printf("removed tag %s from %s%n", key, nodeId);
      return 0;
    }
  }
}
