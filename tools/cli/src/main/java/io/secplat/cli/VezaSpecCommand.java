package io.secplat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat veza spec nodes|result --file spec.json}: run a query spec without saving it. */
@Command(name = "spec", mixinStandardHelpOptions = true, description = "Run a query spec from a JSON file.",
    subcommands = {VezaSpecCommand.Nodes.class, VezaSpecCommand.Result.class})
final class VezaSpecCommand {
  private static final ObjectMapper JSON = Json.newMapper();

  @ParentCommand
  VezaCommand veza;

  static AssessmentQuerySpec read(Path file) {
    try {
      return JSON.readValue(file.toFile(), AssessmentQuerySpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a query spec from " + file + ": " + e.getMessage(), e);
    }
  }

  @Command(name = "nodes", mixinStandardHelpOptions = true,
      description = "Print the nodes a query spec matches as JSON lines, streaming page by page.")
  static final class Nodes implements Callable<Integer> {
    @ParentCommand
    VezaSpecCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--file", required = true, description = "The query spec (Veza's JSON).")
    Path file;
    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
      AssessmentQuerySpec query = read(file);
      JsonLines out = new JsonLines(spec.commandLine().getOut());
      try (VezaCommand.Session session = parent.veza.open()) {
        session.veza.querySpecs().nodes(query, NodeListOptions.defaults()).stream().limit(limit).forEach(out::print);
      }
      return 0;
    }
  }

  @Command(name = "result", mixinStandardHelpOptions = true, description = "Print a query spec's result (a count).")
  static final class Result implements Callable<Integer> {
    @ParentCommand
    VezaSpecCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--file", required = true, description = "The query spec (Veza's JSON).")
    Path file;

    @Override
    public Integer call() {
      AssessmentQuerySpec query = read(file);
      try (VezaCommand.Session session = parent.veza.open()) {
        new JsonLines(spec.commandLine().getOut()).print(session.veza.querySpecs().result(query));
      }
      return 0;
    }
  }
}
