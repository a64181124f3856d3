package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.guardian.generated.api.NodesApi;
import io.secplat.guardian.generated.api.NodesApi.GetNodeCiDataQueryParams;
import io.secplat.guardian.generated.api.NodesApi.GetNodeLastScanDetailsQueryParams;
import io.secplat.guardian.generated.api.NodesApi.GetNodeRawFileQueryParams;
import io.secplat.guardian.generated.api.NodesApi.GetNodeScanDetailsQueryParams;
import io.secplat.guardian.generated.api.NodesApi.StartNodeScanQueryParams;
import io.secplat.guardian.generated.model.JobStarted;
import io.secplat.guardian.generated.model.NodeScan;
import io.secplat.guardian.generated.model.NodeScanDetails;
import io.secplat.guardian.generated.model.NodeScanStatus;
import io.secplat.guardian.generated.model.RawFile;
import io.secplat.guardian.generated.model.ScanConfiguration;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Scanning a node and reading what its scans found: status, details (JSON, or CSV streamed),
 * configuration, CI data and the raw files of firewalls, switches and routers.
 *
 * <pre>{@code
 * long job = guardian.nodes().scanResults().start(311, "before release 1.4").getJobId();
 * NodeScanStatus status = guardian.nodes().scanResults().lastStatus(311);
 * }</pre>
 */
public final class NodeScanResults {
  private final NodesApi api;
  private final DocumentsApi documents;

  NodeScanResults(NodesApi api, DocumentsApi documents) {
    this.api = api;
    this.documents = documents;
  }

  /**
   * Starts a scan of a node ({@code POST /api/v2/nodes/{id}/start_scan.json}), e.g.
   * {@code scanResults().start(311)}. Not retried.
   *
   * @param nodeId the node's id
   * @return the id of the scan job
   */
  @Operation("startNodeScan")
  public JobStarted start(long nodeId) {
    return api.startNodeScan(Ids.id("nodeId", nodeId), new StartNodeScanQueryParams());
  }

  /**
   * Starts a labelled scan of a node ({@code POST /api/v2/nodes/{id}/start_scan.json?label=}), e.g.
   * {@code scanResults().start(311, "Change 2001")}. Not retried.
   *
   * @param nodeId the node's id
   * @param label the scan's label
   * @return the id of the scan job
   */
  @Operation("startNodeScan")
  public JobStarted start(long nodeId, String label) {
    long node = Ids.id("nodeId", nodeId);
    return api.startNodeScan(node, new StartNodeScanQueryParams().label(Arguments.requireNonBlank("label", label)));
  }

  /**
   * The details of the latest scan of a node ({@code GET /api/v2/nodes/{id}/scan_details.json}), e.g.
   * {@code scanResults().details(311)}.
   *
   * @param nodeId the node's id
   * @return the scan's details (its data is JSON in a string)
   */
  @Operation("getNodeScanDetails")
  public NodeScanDetails details(long nodeId) {
    return api.getNodeScanDetails(Ids.id("nodeId", nodeId), new GetNodeScanDetailsQueryParams());
  }

  /**
   * The details of one scan of a node ({@code GET /api/v2/nodes/{id}/scan_details.json?scan_id=}), e.g.
   * {@code scanResults().detailsOfScan(311, 1337)}.
   *
   * @param nodeId the node's id
   * @param scanId the scan's id
   * @return the scan's details
   */
  @Operation("getNodeScanDetails")
  public NodeScanDetails detailsOfScan(long nodeId, long scanId) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeScanDetails(node, new GetNodeScanDetailsQueryParams().scanId(Ids.id("scanId", scanId)));
  }

  /**
   * The details of the scan of a node with a label ({@code GET /api/v2/nodes/{id}/scan_details.json?scan_label=}),
   * e.g. {@code scanResults().detailsOfLabel(311, "Change 2001")}.
   *
   * @param nodeId the node's id
   * @param label the scan's label
   * @return the scan's details
   */
  @Operation("getNodeScanDetails")
  public NodeScanDetails detailsOfLabel(long nodeId, String label) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeScanDetails(node, new GetNodeScanDetailsQueryParams().scanLabel(Arguments.requireNonBlank("label", label)));
  }

  /**
   * The task status and report of the last scan ({@code GET /api/v2/nodes/{id}/last_scan_status.json}),
   * e.g. {@code scanResults().lastStatus(311)}.
   *
   * @param nodeId the node's id
   * @return the status (its report is JSON in a string)
   */
  @Operation("getNodeLastScanStatus")
  public NodeScanStatus lastStatus(long nodeId) {
    return api.getNodeLastScanStatus(Ids.id("nodeId", nodeId));
  }

  /**
   * The last successful scan job, without its data ({@code GET /api/v2/nodes/{id}/last_successful_scan.json}),
   * e.g. {@code scanResults().lastSuccessful(311)}.
   *
   * @param nodeId the node's id
   * @return the job's status and report
   */
  @Operation("getNodeLastSuccessfulScan")
  public NodeScanStatus lastSuccessful(long nodeId) {
    return api.getNodeLastSuccessfulScan(Ids.id("nodeId", nodeId));
  }

  /**
   * The last scan of a node ({@code GET /api/v2/nodes/{id}/last_node_scan_details.json?with_data=}), e.g.
   * {@code scanResults().lastDetails(311, false)}.
   *
   * @param nodeId the node's id
   * @param withData whether the scan's data is included
   * @return the scan
   */
  @Operation("getNodeLastScanDetails")
  public NodeScan lastDetails(long nodeId, boolean withData) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeLastScanDetails(Ids.JSON, node, new GetNodeLastScanDetailsQueryParams().withData(withData));
  }

  /**
   * The last scan of a node as CSV ({@code GET /api/v2/nodes/{id}/last_node_scan_details.csv}), streamed,
   * e.g. {@code scanResults().lastDetailsCsv(311, true)}.
   *
   * @param nodeId the node's id
   * @param withData whether the scan's data is included
   * @return the CSV document as it arrives; the caller closes it
   */
  @Operation("getNodeLastScanDetails")
  public InputStream lastDetailsCsv(long nodeId, boolean withData) {
    long node = Ids.id("nodeId", nodeId);
    return Documents.open(documents.lastNodeScanDetails(Ids.CSV, node, new GetNodeLastScanDetailsQueryParams().withData(withData)));
  }

  /**
   * The scan configuration of a node ({@code GET /api/v2/nodes/{id}/node_configuration.json}), e.g.
   * {@code scanResults().configuration(311)}.
   *
   * @param nodeId the node's id
   * @return its ignore items, scan options and policies
   */
  @Operation("getNodeConfiguration")
  public ScanConfiguration configuration(long nodeId) {
    return api.getNodeConfiguration(Ids.id("nodeId", nodeId));
  }

  /**
   * One CI type of the latest scan ({@code GET /api/v2/nodes/{id}/ci_data.json?ci_type=}), e.g.
   * {@code scanResults().ciData(311, "packages")}.
   *
   * @param nodeId the node's id
   * @param ciType the CI type
   * @return the CI data (fields undocumented)
   */
  @Operation("getNodeCiData")
  public Map<String, Object> ciData(long nodeId, String ciType) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeCiData(node, new GetNodeCiDataQueryParams().ciType(Arguments.requireNonBlank("ciType", ciType)));
  }

  /**
   * The raw files of a firewall, switch or router ({@code GET /api/v2/nodes/{id}/raw_files.json}), e.g.
   * {@code scanResults().rawFiles(311)}.
   *
   * @param nodeId the node's id
   * @return the raw files (not paged)
   */
  @Operation("listNodeRawFiles")
  public List<RawFile> rawFiles(long nodeId) {
    return api.listNodeRawFiles(Ids.id("nodeId", nodeId));
  }

  /**
   * The latest raw file of a category ({@code GET /api/v2/nodes/{id}/raw_file.json?category=}), e.g.
   * {@code scanResults().rawFile(311, RawFileCategory.RUNNING)}.
   *
   * @param nodeId the node's id
   * @param category the configuration it holds
   * @return the raw file
   */
  @Operation("getNodeRawFile")
  public RawFile rawFile(long nodeId, RawFileCategory category) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeRawFile(node, new GetNodeRawFileQueryParams().category(Arguments.requireNonNull("category", category).code()));
  }

  /**
   * One raw file ({@code GET /api/v2/nodes/{id}/raw_file.json?raw_file_id=}), e.g. {@code scanResults().rawFile(311, 125)}.
   *
   * @param nodeId the node's id
   * @param rawFileId the raw file's id
   * @return the raw file
   */
  @Operation("getNodeRawFile")
  public RawFile rawFile(long nodeId, long rawFileId) {
    long node = Ids.id("nodeId", nodeId);
    return api.getNodeRawFile(node, new GetNodeRawFileQueryParams().rawFileId(Ids.id("rawFileId", rawFileId)));
  }
}
