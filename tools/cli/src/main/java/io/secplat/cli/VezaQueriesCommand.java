package io.secplat.cli;

import io.secplat.veza.NodeListOptions;
import io.secplat.veza.QueryListOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza queries list|nodes|result}. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List and run saved queries.",
    subcommands = {VezaQueriesCommand.List.class, VezaQueriesCommand.Nodes.class, VezaQueriesCommand.Result.class})
final class VezaQueriesCommand {
  @ParentCommand
  VezaCommand veza;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print saved queries as JSON lines.")
  static final class List implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Spec
    CommandSpec spec;
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
      JsonLines out = new JsonLines(spec.commandLine().getOut());
      try (VezaCommand.Session session = parent.veza.open()) {
        session.veza.savedQueries().list(options).stream().limit(limit).forEach(out::print);
      }
      return 0;
    }
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true,
      description = "Run a saved query and print its nodes as JSON lines, streaming page by page.")
  static final class Nodes implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;
    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
      JsonLines out = new JsonLines(spec.commandLine().getOut());
      try (VezaCommand.Session session = parent.veza.open()) {
        session.veza.savedQueries().nodes(id, NodeListOptions.defaults()).stream().limit(limit).forEach(out::print);
      }
      return 0;
    }
  }

  @Command(name = "result", mixinStandardHelpOptions = true, description = "Run a saved query and print its result.")
  static final class Result implements Callable<Integer> {
    @ParentCommand
    VezaQueriesCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The saved query's id.")
    String id;

    @Override
    public Integer call() {
      try (VezaCommand.Session session = parent.veza.open()) {
        new JsonLines(spec.commandLine().getOut()).print(session.veza.savedQueries().result(id));
      }
      return 0;
    }
  }
}
