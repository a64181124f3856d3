package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.NodeScansApi;
import io.secplat.guardian.generated.api.NodeScansApi.CompareNodeScansQueryParams;
import io.secplat.guardian.generated.api.NodeScansApi.ListNodeScansQueryParams;
import io.secplat.guardian.generated.api.NodeScansApi.SearchNodeScansQueryParams;
import io.secplat.guardian.generated.model.NodeScan;
import io.secplat.guardian.generated.model.NodeScanSearchResult;
import java.time.LocalDate;
import java.util.Map;

/**
 * Node scans: the scans of a node, one scan, the comparison of two, and a search through them.
 * Scan data arrives as JSON encoded in a string, as Guardian sends it.
 *
 * <pre>{@code
 * guardian.nodeScans().list(311, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))
 *     .forEach(scan -> System.out.println(scan.getLabel()));
 * }</pre>
 */
public final class NodeScans {
  private final NodeScansApi api;

  NodeScans(NodeScansApi api) {
    this.api = api;
  }

  /**
   * Every scan of a node, 20 per request ({@code GET /api/v2/node_scans.json?node_id=}), e.g.
   * {@code nodeScans().list(311)}.
   *
   * @param nodeId the node's id
   * @return the scans, fetched lazily
   */
  @Operation("listNodeScans")
  public PagedIterable<NodeScan> list(long nodeId) {
    long node = Ids.id("nodeId", nodeId);
    return pages(() -> new ListNodeScansQueryParams().nodeId(node));
  }

  /**
   * The scans of a node between two days, e.g. {@code nodeScans().list(311, LocalDate.of(2024, 1, 1), LocalDate.now())}.
   *
   * @param nodeId the node's id
   * @param from the first day
   * @param to the last day
   * @return the scans, fetched lazily
   */
  @Operation("listNodeScans")
  public PagedIterable<NodeScan> list(long nodeId, LocalDate from, LocalDate to) {
    long node = Ids.id("nodeId", nodeId);
    Arguments.requireNonNull("from", from);
    Arguments.requireNonNull("to", to);
    Dates.requireOrdered("from", from, "to", to);
    return pages(() -> new ListNodeScansQueryParams().nodeId(node).dateFrom(from).dateTo(to));
  }

  /**
   * The latest scan of a node, as a listing ({@code GET /api/v2/node_scans.json?node_id=&latest=true}),
   * e.g. {@code nodeScans().latest(311)}.
   *
   * @param nodeId the node's id
   * @return the latest scans, fetched lazily
   */
  @Operation("listNodeScans")
  public PagedIterable<NodeScan> latest(long nodeId) {
    long node = Ids.id("nodeId", nodeId);
    return pages(() -> new ListNodeScansQueryParams().nodeId(node).latest(true));
  }

  /**
   * One scan ({@code GET /api/v2/node_scans/{id}.json}), e.g. {@code nodeScans().get(9)}.
   *
   * @param nodeScanId the scan's id
   * @return the scan
   */
  @Operation("getNodeScan")
  public NodeScan get(long nodeScanId) {
    return api.getNodeScan(Ids.id("nodeScanId", nodeScanId));
  }

  /**
   * The differences between a scan and the latest scan of another source
   * ({@code GET /api/v2/node_scans/{id}/compare.json?source_id=}), e.g. {@code nodeScans().compare(9, 12)}.
   *
   * @param nodeScanId the scan's id
   * @param sourceId the id of the source whose latest scan is compared
   * @return the differences by CI type, with {@code __diff_stats}
   */
  @Operation("compareNodeScans")
  public Map<String, Object> compare(long nodeScanId, long sourceId) {
    long scan = Ids.id("nodeScanId", nodeScanId);
    return api.compareNodeScans(scan, new CompareNodeScansQueryParams().sourceId(Ids.id("sourceId", sourceId)));
  }

  /**
   * Searches previous scans for words ({@code GET /api/v2/node_scans/search.json}), e.g.
   * {@code nodeScans().search(NodeScanSearch.of("openssl"))}.
   *
   * @param search the words, type, scope and matching
   * @return the match
   */
  @Operation("searchNodeScans")
  public NodeScanSearchResult search(NodeScanSearch search) {
    Arguments.requireNonNull("search", search);
    return api.searchNodeScans(new SearchNodeScansQueryParams().query(search.query()).type(search.type())
        .environmentId(search.scope().environmentId()).nodeGroupId(search.scope().nodeGroupId())
        .exactMatch(search.exactMatch()));
  }

  private PagedIterable<NodeScan> pages(java.util.function.Supplier<ListNodeScansQueryParams> query) {
    return GuardianPaging.iterate(GuardianPaging.DEFAULT_PER_PAGE,
        (page, size) -> api.listNodeScans(query.get().page(page).perPage(size)));
  }
}
