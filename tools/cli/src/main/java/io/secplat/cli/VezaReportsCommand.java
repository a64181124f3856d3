package io.secplat.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code secplat veza reports list|get}: assessment reports (Early Access). */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "List and show assessment reports (Early Access).")
final class VezaReportsCommand extends ReadCommand.Veza {
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the reports.")
  int list(@Mixin OutputOptions output, @Mixin Limit limit) {
    return read(output, limit, client -> client.reports().list());
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one report and its queries.")
  int get(@Parameters(index = "0", paramLabel = "REPORT_ID", description = "The report's id.") String id,
      @Mixin OutputOptions output) {
    return read(output, client -> client.reports().get(id));
  }
}
