package io.secplat.cli;

import io.secplat.jupiterone.AuditEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code secplat j1 audit-events list}. */
@Command(name = "audit-events", mixinStandardHelpOptions = true, description = "List the account's audit events.")
final class J1AuditEventsCommand extends ReadCommand.JupiterOne {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit events, page by page.")
  int list(@Option(names = "--page-size", description = "Events per request (default " + AuditEvents.DEFAULT_PAGE_SIZE + ").")
      Integer pageSize, @Mixin Limit limit, @Mixin OutputOptions output) {
    int size = pageSize == null ? AuditEvents.DEFAULT_PAGE_SIZE : pageSize;
    return read(output, limit, client -> client.auditEvents().list(size));
  }
}
