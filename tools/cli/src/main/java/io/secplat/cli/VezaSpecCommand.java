package io.secplat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code secplat veza spec nodes|result|destination-nodes --file spec.json}: run a query spec without saving it. */
@Command(name = "spec", mixinStandardHelpOptions = true, description = "Run a query spec from a JSON file.")
final class VezaSpecCommand extends ReadCommand.Veza {
  private static final ObjectMapper JSON = Json.newMapper();

  @Command(name = "destination-nodes", mixinStandardHelpOptions = true,
      description = "Print the destination nodes of one source node of a query spec, page by page.")
  int destinationNodes(@Option(names = "--file", required = true, description = "The query spec (Veza's JSON).") Path file,
      @Option(names = "--source", required = true, paramLabel = "SOURCE_NODE_ID", description = "The source node's id.")
      String sourceNodeId, @Mixin Limit limit, @Mixin OutputOptions output) {
    AssessmentQuerySpec query = querySpec(file);
    return read(output, limit, client -> client.querySpecs().destinationNodes(query, sourceNodeId, NodeListOptions.defaults()));
  }

  static AssessmentQuerySpec querySpec(Path file) {
    try {
      return JSON.readValue(file.toFile(), AssessmentQuerySpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a query spec from " + file + ": " + e.getMessage(), e);
    }
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true,
      description = "Print the nodes a query spec matches, page by page.")
  int nodes(@Option(names = "--file", required = true, description = "The query spec (Veza's JSON).") Path file,
      @Mixin Limit limit, @Mixin OutputOptions output) {
    AssessmentQuerySpec query = querySpec(file);
    return read(output, limit, client -> client.querySpecs().nodes(query, NodeListOptions.defaults()));
  }

  @Command(name = "result", mixinStandardHelpOptions = true, description = "Print a query spec's result (a count).")
  int result(@Option(names = "--file", required = true, description = "The query spec (Veza's JSON).") Path file,
      @Mixin OutputOptions output) {
    AssessmentQuerySpec query = querySpec(file);
    return read(output, client -> client.querySpecs().result(query));
  }
}
