package io.secplat.cli;

import io.secplat.guardian.ChangeReportOptions;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code secplat guardian change-report}: one page of the change report as CSV, streamed to
 * standard output or to a file as it arrives (a report of any size needs no more memory).
 */
@Command(name = "change-report", mixinStandardHelpOptions = true,
    description = "Write one page of the change report as CSV to standard output or to a file.")
final class GuardianChangeReportCommand implements Callable<Integer> {
  @ParentCommand
  GuardianCommand guardian;

  @Spec
  CommandSpec spec;

  /** At most one scope. */
  static final class ScopeOption {
    @Option(names = "--environment", description = "Only this environment.")
    Long environmentId;

    @Option(names = "--node-group", description = "Only this node group.")
    Long nodeGroupId;

    @Option(names = "--node", description = "Only this node.")
    Long nodeId;

    Scope scope() {
      return environmentId != null ? Scope.environment(environmentId)
          : nodeGroupId != null ? Scope.nodeGroup(nodeGroupId) : Scope.node(nodeId);
    }
  }

  @ArgGroup(exclusive = true)
  ScopeOption scope;

  @Option(names = "--weeks", description = "How many weeks back (not with --from/--to).")
  Integer weeks;

  @Option(names = "--from", description = "The first day, e.g. 2024-01-01 (with --to).")
  LocalDate from;

  @Option(names = "--to", description = "The last day, e.g. 2024-01-31 (with --from).")
  LocalDate to;

  @Option(names = "--limit", defaultValue = "4000", description = "Rows per page (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--page", defaultValue = "0", description = "The page, from 0 (default ${DEFAULT-VALUE}).")
  int page;

  @Option(names = {"-o", "--out-file"}, paramLabel = "FILE",
      description = "Write the CSV to this file instead of standard output (with a byte counter on standard error when it is a terminal).")
  Path output;

  @Override
  public Integer call() throws IOException {
    ChangeReportOptions options = ChangeReportOptions.defaults().withLimit(limit).withPage(page);
    if (scope != null) {
      options = options.withScope(scope.scope());
    }
    if (weeks != null) {
      options = options.withWeeks(weeks);
    }
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--from and --to go together");
      }
      options = options.withDates(from, to);
    }
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open();
        InputStream csv = session.client.changeReport().csv(options)) {
      if (output != null) {
        Progress progress = Commands.context(spec).progress(spec.commandLine().getErr(), -1, "bytes");
        long bytes = 0;
        try (OutputStream file = Files.newOutputStream(output)) {
          byte[] buffer = new byte[64 * 1024];
          for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
            file.write(buffer, 0, n);
            bytes += n;
            progress.show(bytes);
          }
        } finally {
          progress.done();
        }
        spec.commandLine().getErr().printf("wrote %d bytes to %s%n", bytes, output);
        spec.commandLine().getErr().flush();
      } else {
        PrintWriter out = spec.commandLine().getOut();
        try (Reader text = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
          text.transferTo(out);
        }
        out.flush();
      }
    }
    return 0;
  }
}
