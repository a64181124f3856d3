package io.secplat.cli;

import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.AuditEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code secplat j1 audit-events list}. */
@Command(name = "audit-events", mixinStandardHelpOptions = true, description = "List the account's audit events.",
    subcommands = J1AuditEventsCommand.List.class)
final class J1AuditEventsCommand {
  @ParentCommand
  J1Command j1;

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit events, page by page.")
  static final class List implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    J1AuditEventsCommand parent;
    @Mixin
    OutputOptions output;
    @Option(names = "--page-size", description = "Events per request (default " + AuditEvents.DEFAULT_PAGE_SIZE + ").")
    int pageSize = AuditEvents.DEFAULT_PAGE_SIZE;
    @Option(names = "--limit", description = "Print at most this many (default: all).")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() {
      try (ConnectionOptions.Session<JupiterOneClient> session = parent.j1.open()) {
        output.write(session.client.auditEvents().list(pageSize), limit);
      }
      return 0;
    }
  }
}
