package io.secplat.cli;

import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.generated.model.NodeScanStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code secplat guardian scans start|status}. */
@Command(name = "scans", mixinStandardHelpOptions = true, description = "Start a scan of a node; show the status of its last scan.")
final class GuardianScansCommand {
  @ParentCommand
  GuardianCommand guardian;

  @Spec
  CommandSpec spec;

  @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a scan of a node and print the scan job's id.")
  int start(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @Option(names = "--label", description = "A label for the scan.") String label) {
    PrintWriter out = spec.commandLine().getOut();
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      long job = (label == null ? client.nodes().scanResults().start(nodeId) : client.nodes().scanResults().start(nodeId, label))
          .getJobId();
      out.println("job " + job);
    }
    out.flush();
    return 0;
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Print the status of the last scan of a node.")
  int status(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    PrintWriter out = spec.commandLine().getOut();
    try (ConnectionOptions.Session<GuardianClient> session = guardian.open()) {
      GuardianClient client = session.client;
      NodeScanStatus status = client.nodes().scanResults().lastStatus(nodeId);
      out.println(status.getStatusString() + " (" + status.getStatus() + ")");
    }
    out.flush();
    return 0;
  }
}
