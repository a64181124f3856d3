package io.secplat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.j1ql.J1qlSyntax;
import io.secplat.j1ql.J1qlSyntaxException;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.QueryOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code secplat j1 query "FIND …"}: prints the rows as the pages arrive ({@code --output jsonl} or csv
 * write and flush each row at once), so a large answer streams through {@code head} or {@code jq}
 * without waiting for the last page. {@code --check} parses the query with the J1QL grammar first
 * and stops at a syntax error, naming its position, before anything is sent; without it the
 * server alone judges the query. A {@code RETURN TREE} answer prints as one row per vertex and per
 * edge in a table, and as JupiterOne sent it ({@code vertices}, {@code edges}) in JSON.
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

  @Option(names = "--check", description = "Check the J1QL syntax here first: a syntax error stops the command, "
      + "naming its position, before anything is sent (off by default: the server judges the query).")
  boolean check;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (check) {
      check();
    }
    QueryOptions options = QueryOptions.defaults().withVariables(variables);
    if (deferred) {
      options = options.deferred(Duration.ofSeconds(deadlineSeconds));
    }
    try (ConnectionOptions.Session<JupiterOneClient> session = j1.open()) {
      Iterable<JsonNode> rows = session.client.query(query, options);
      Iterable<JsonNode> printed = output.format() == OutputFormat.TABLE ? () -> J1TreeRows.flatten(rows.iterator()) : rows;
      output.write(printed, limit);
    }
    return 0;
  }

  private void check() {
    try {
      J1qlSyntax.check(query);
    } catch (J1qlSyntaxException e) {
      String[] lines = query.split("\n", -1);
      String line = e.line() <= lines.length ? lines[e.line() - 1] : "";
      throw new ParameterException(spec.commandLine(), e.getMessage() + System.lineSeparator() + "  " + line
          + System.lineSeparator() + "  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
    }
  }


}
