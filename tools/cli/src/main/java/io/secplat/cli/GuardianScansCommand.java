package io.secplat.cli;

import io.secplat.guardian.RawFileCategory;
import io.secplat.guardian.generated.model.NodeScanStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code secplat guardian scans start|status|…}: the scan results of a node. */
@Command(name = "scans", mixinStandardHelpOptions = true,
    description = "Start a scan of a node; show the status, details, configuration, data and raw files of its scans.")
final class GuardianScansCommand extends ReadCommand.Guardian {
  @Command(name = "start", mixinStandardHelpOptions = true, description = "Start a scan of a node and print the scan job's id.")
  int start(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @Option(names = "--label", description = "A label for the scan.") String label) {
    return run(client -> label == null ? client.nodes().scanResults().start(nodeId)
        : client.nodes().scanResults().start(nodeId, label), started -> "job " + started.getJobId());
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Print the status of the last scan of a node.")
  int status(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId) {
    return run(client -> client.nodes().scanResults().lastStatus(nodeId),
        (NodeScanStatus status) -> status.getStatusString() + " (" + status.getStatus() + ")");
  }

  @Command(name = "last-successful", mixinStandardHelpOptions = true, description = "Show the status of the last successful scan of a node.")
  int lastSuccessful(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().scanResults().lastSuccessful(nodeId));
  }

  /** At most one scan other than the latest. */
  static final class WhichScan {
    @Option(names = "--scan", paramLabel = "SCAN_ID", description = "This scan instead of the latest.")
    Long scanId;

    @Option(names = "--label", description = "The scan with this label instead of the latest.")
    String label;
  }

  @Command(name = "details", mixinStandardHelpOptions = true, description = "Show the details of a node's latest (or a chosen) scan.")
  int details(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @ArgGroup(exclusive = true, multiplicity = "0..1") WhichScan which, @Mixin OutputOptions output) {
    return read(output, guardian -> which == null ? guardian.nodes().scanResults().details(nodeId)
        : which.scanId != null ? guardian.nodes().scanResults().detailsOfScan(nodeId, which.scanId)
        : guardian.nodes().scanResults().detailsOfLabel(nodeId, which.label));
  }

  @Command(name = "last-details", mixinStandardHelpOptions = true, description = "Show the last scan of a node.")
  int lastDetails(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @Option(names = "--with-data", description = "Include the scanned data.") boolean withData, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().scanResults().lastDetails(nodeId, withData));
  }

  @Command(name = "configuration", mixinStandardHelpOptions = true, description = "Show the scan configuration of a node.")
  int configuration(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().scanResults().configuration(nodeId));
  }

  @Command(name = "ci-data", mixinStandardHelpOptions = true, description = "Show the scanned data of one configuration item type of a node.")
  int ciData(@Parameters(index = "0", paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @Parameters(index = "1", paramLabel = "CI_TYPE", description = "The configuration item type, for example packages.") String ciType,
      @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().scanResults().ciData(nodeId, ciType));
  }

  @Command(name = "raw-files", mixinStandardHelpOptions = true, description = "List the raw files of a node's scans.")
  int rawFiles(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId, @Mixin OutputOptions output) {
    return read(output, guardian -> guardian.nodes().scanResults().rawFiles(nodeId));
  }

  /** Exactly one raw file. */
  static final class WhichRawFile {
    @Option(names = "--category", required = true, description = "The latest raw file of a category: ${COMPLETION-CANDIDATES}.")
    RawFileCategory category;

    @Option(names = "--id", required = true, paramLabel = "RAW_FILE_ID", description = "The raw file with this id.")
    Long id;
  }

  @Command(name = "raw-file", mixinStandardHelpOptions = true, description = "Show one raw file of a node.")
  int rawFile(@Parameters(paramLabel = "NODE_ID", description = "The node's id.") long nodeId,
      @ArgGroup(exclusive = true, multiplicity = "1") WhichRawFile which, @Mixin OutputOptions output) {
    return read(output, guardian -> which.category != null ? guardian.nodes().scanResults().rawFile(nodeId, which.category)
        : guardian.nodes().scanResults().rawFile(nodeId, which.id));
  }
}
