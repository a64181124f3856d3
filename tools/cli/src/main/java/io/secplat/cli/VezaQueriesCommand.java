package io.secplat.cli;

import io.secplat.veza.NodeListOptions;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat veza queries list|get|nodes|result|delete|destination-nodes}. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List, show, run and delete saved queries.")
final class VezaQueriesCommand extends ReadCommand.Veza {
  @Command(name = "destination-nodes", mixinStandardHelpOptions = true,
      description = "Run a saved query and print the destination nodes of one of its source nodes, page by page.")
  int destinationNodes(@Parameters(index = "0", paramLabel = "ID", description = "The saved query's id.") String id,
      @Parameters(index = "1", paramLabel = "SOURCE_NODE_ID", description = "The source node's id.") String sourceNodeId,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, client -> client.savedQueries().destinationNodes(id, sourceNodeId, NodeListOptions.defaults()));
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved queries, page by page.")
  int list(@Option(names = "--filter", description = "A filter such as: name co \"Okta\"") String filter,
      @Option(names = "--order-by", description = "An order such as: name asc") String orderBy,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    QueryListOptions options = QueryListOptions.defaults();
    QueryListOptions filtered = filter == null ? options : options.withFilter(filter);
    QueryListOptions ordered = orderBy == null ? filtered : filtered.withOrderBy(orderBy);
    return read(output, limit, client -> client.savedQueries().list(ordered));
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a saved query.")
  int get(@Parameters(paramLabel = "ID", description = "The saved query's id.") String id, @Mixin OutputOptions output) {
    return read(output, client -> client.savedQueries().get(id));
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true, description = "Run a saved query and print its nodes, page by page.")
  int nodes(@Parameters(paramLabel = "ID", description = "The saved query's id.") String id,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    return read(output, limit, client -> client.savedQueries().nodes(id, NodeListOptions.defaults()));
  }

  @Command(name = "result", mixinStandardHelpOptions = true, description = "Run a saved query and print its result.")
  int result(@Parameters(paramLabel = "ID", description = "The saved query's id.") String id, @Mixin OutputOptions output) {
    return read(output, client -> client.savedQueries().result(id));
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved query.")
  int delete(@Parameters(paramLabel = "ID", description = "The saved query's id.") String id,
      @Option(names = "--force", description = "Delete it even when reports or rules use it.") boolean force) {
    return run(client -> client.savedQueries().delete(id, force), "deleted saved query " + id);
  }
}
