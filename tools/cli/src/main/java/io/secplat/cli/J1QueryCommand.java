package io.secplat.cli;

import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code secplat j1 query "FIND …"}: prints the rows as the pages arrive ({@code --output jsonl} or csv
 * write and flush each row at once), so a large answer streams through {@code head} or {@code jq}
 * without waiting for the last page.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a J1QL query and print its rows as the pages arrive (--output jsonl streams them through a pipe).")
final class J1QueryCommand implements Callable<Integer> {
  @ParentCommand
  J1Command j1;

  @Mixin
  OutputOptions output;

  @Parameters(index = "0", paramLabel = "J1QL", description = "The query, for example \"FIND aws_s3_bucket WITH encrypted != true\".")
  String query;

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A parameter referenced as $${NAME} in the query (repeatable).")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--deferred", description = "Use deferred mode (recommended for long queries and automation).")
  boolean deferred;

  @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "300",
      description = "How long one deferred page may take (default: ${DEFAULT-VALUE}).")
  long deadlineSeconds;

  @Option(names = "--limit", description = "Print at most this many rows (default: all).")
  long limit = Long.MAX_VALUE;

  @Override
  public Integer call() {
    QueryOptions options = QueryOptions.defaults().withVariables(variables);
    if (deferred) {
      options = options.deferred(Duration.ofSeconds(deadlineSeconds));
    }
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open()) {
      output.write(session.client.query(query, options), limit);
    }
    return 0;
  }
}
