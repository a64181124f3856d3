package io.secplat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code secplat j1 query "FIND …"}: prints every row as one line of JSON as the pages arrive, so
 * a large answer streams through {@code head} or {@code jq} without waiting for the last page.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a J1QL query and print each row as a line of JSON, page after page.")
final class J1QueryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  J1Connection connection;

  @Parameters(index = "0", paramLabel = "J1QL", description = "The query, for example \"FIND aws_s3_bucket WITH encrypted != true\".")
  String query;

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A parameter referenced as ${NAME} in the query (repeatable).")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--deferred", description = "Use deferred mode (recommended for long queries and automation).")
  boolean deferred;

  @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "300",
      description = "How long one deferred page may take (default: ${DEFAULT-VALUE}).")
  long deadlineSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    QueryOptions options = QueryOptions.defaults().withVariables(variables);
    if (deferred) {
      options = options.deferred(Duration.ofSeconds(deadlineSeconds));
    }
    try (JupiterOneClient j1 = connection.client()) {
      for (JsonNode row : j1.query(query, options)) {
        out.println(row.toString());
        out.flush();
      }
    }
    return 0;
  }
}
