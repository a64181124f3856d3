package io.secplat.cli;

import io.secplat.veza.NodeListOptions;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza queries list|get|nodes|result|delete|destination-nodes}. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List, show, run and delete saved queries.",
    subcommands = {VezaQueriesCommand.List.class, VezaQueriesCommand.Get.class, VezaQueriesCommand.Nodes.class,
        VezaQueriesCommand.Result.class, VezaQueriesCommand.Delete.class})
final class VezaQueriesCommand extends ReadCommand.Veza {
  @ParentCommand
  VezaCommand veza;

  @Command(name = "destination-nodes", mixinStandardHelpOptions = true,
      description = "Run a saved query and print the destination nodes of one of its source nodes, page by page.")
  int destinationNodes(@Parameters(index = "0", paramLabel = "ID", description = "The saved query's id.") String id,
      @Parameters(index = "1", paramLabel = "SOURCE_NODE_ID", description = "The source node's id.") String sourceNodeId,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, client -> client.savedQueries().destinationNodes(id, sourceNodeId, NodeListOptions.defaults()));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved queries, page by page.")
  static final class List implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Mixin
    OutputOptions output;
    @Option(names = "--filter", description = "A filter such as: name co \"Okta\"")
    String filter;
    @Option(names = "--order-by", description = "An order such as: name asc")
    String orderBy;
    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
      QueryListOptions options = QueryListOptions.defaults();
      options = filter == null ? options : options.withFilter(filter);
      options = orderBy == null ? options : options.withOrderBy(orderBy);
      try (ConnectionOptions.Session<VezaClient> session = parent.veza.open()) {
        output.write(session.client.savedQueries().list(options), limit);
      }
      return 0;
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a saved query.")
  static final class Get implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Mixin
    OutputOptions output;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<VezaClient> session = parent.veza.open()) {
        output.writeOne(session.client.savedQueries().get(id));
      }
      return 0;
    }
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "Run a saved query and print its nodes, page by page.")
  static final class Nodes implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Mixin
    OutputOptions output;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;
    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<VezaClient> session = parent.veza.open()) {
        output.write(session.client.savedQueries().nodes(id, NodeListOptions.defaults()), limit);
      }
      return 0;
    }
  }

  @Command(name = "result", mixinStandardHelpOptions = true, description = "Run a saved query and print its result.")
  static final class Result implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Mixin
    OutputOptions output;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<VezaClient> session = parent.veza.open()) {
        output.writeOne(session.client.savedQueries().result(id));
      }
      return 0;
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved query.")
  static final class Delete implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;
    @Option(names = "--force", description = "Delete it even when reports or rules use it.")
    boolean force;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<VezaClient> session = parent.veza.open()) {
        session.client.savedQueries().delete(id, force);
      }
      spec.commandLine().getOut().println("deleted saved query " + id);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
