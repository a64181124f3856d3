package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PageNumberPaging;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.ChangeReportApi;
import io.secplat.guardian.generated.api.ChangeReportApi.GetAggregateChangeReportQueryParams;
import io.secplat.guardian.generated.api.ChangeReportApi.GetChangeReportQueryParams;
import io.secplat.guardian.generated.model.ChangeReport;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The change report of the organisation: its changed items as a lazy listing (JSON pages numbered
 * from zero, {@code limit} records each, until a short page), or one page as a CSV document that
 * streams to the caller, or the CSV aggregated by node.
 *
 * <pre>{@code
 * try (InputStream csv = guardian.changeReport().csv(ChangeReportOptions.defaults().withWeeks(2))) {
 *   Files.copy(csv, Path.of("changes.csv"));
 * }
 * }</pre>
 */
public final class ChangeReports {
  private final ChangeReportApi api;
  private final DocumentsApi documents;

  ChangeReports(ChangeReportApi api, DocumentsApi documents) {
    this.api = api;
    this.documents = documents;
  }

  /**
   * The changed items ({@code GET /api/v2/change_report.json}, zero-based {@code page} and
   * {@code limit}), from {@code options.page()} on, e.g. {@code changeReport().items(ChangeReportOptions.defaults())}.
   *
   * @param options scope, period, ignored items, page size and first page
   * @return the items, fetched lazily (fields undocumented)
   */
  @Operation("getChangeReport")
  public PagedIterable<Map<String, Object>> items(ChangeReportOptions options) {
    Arguments.requireNonNull("options", options);
    return PageNumberPaging.iterate(options.page(), options.limit(), page -> {
      ChangeReport report = api.getChangeReport(Ids.JSON, parameters(options).page(page));
      return report == null || report.getDiffItems() == null ? List.of() : report.getDiffItems();
    });
  }

  /**
   * One page of the change report as CSV ({@code GET /api/v2/change_report.csv}), streamed, e.g.
   * {@code changeReport().csv(ChangeReportOptions.defaults().withLimit(100_000))}. Ask for later
   * pages with {@link ChangeReportOptions#withPage}.
   *
   * @param options scope, period, ignored items, page size and page
   * @return the CSV document as it arrives; the caller closes it
   */
  @Operation("getChangeReport")
  public InputStream csv(ChangeReportOptions options) {
    Arguments.requireNonNull("options", options);
    return Documents.open(documents.changeReport(Ids.CSV, parameters(options).page(options.page())));
  }

  /**
   * One page of the change report aggregated by node, one CSV row per changed node with its old
   * and new summary ({@code GET /api/v2/change_report/aggregate.csv}), streamed, e.g.
   * {@code changeReport().aggregateCsv(ChangeReportOptions.defaults().withScope(Scope.nodeGroup(2)))}.
   *
   * @param options scope, dates, ignored items, page size and page (weeks are refused: the
   *     aggregate takes dates only)
   * @return the CSV document as it arrives; the caller closes it
   */
  @Operation("getAggregateChangeReport")
  public InputStream aggregateCsv(ChangeReportOptions options) {
    Arguments.requireNonNull("options", options);
    if (options.weeks() != null) {
      throw new IllegalArgumentException("weeks is not supported by the aggregate change report; give dates");
    }
    Scope scope = options.scope();
    GetAggregateChangeReportQueryParams query = new GetAggregateChangeReportQueryParams()
        .environmentId(scope.environmentId()).nodeGroupId(scope.nodeGroupId()).nodeId(scope.nodeId())
        .dateFrom(Dates.day(options.from())).dateTo(Dates.day(options.to())).showIgnored(options.showIgnored())
        .limit(options.limit()).page(options.page());
    return Documents.open(documents.aggregateChangeReport(query));
  }

  private static GetChangeReportQueryParams parameters(ChangeReportOptions options) {
    Scope scope = options.scope();
    return new GetChangeReportQueryParams().weeks(options.weeks())
        .environmentId(scope.environmentId()).nodeGroupId(scope.nodeGroupId()).nodeId(scope.nodeId())
        .dateFrom(options.from()).dateTo(options.to()).showIgnored(options.showIgnored()).limit(options.limit());
  }
}
