package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.CisBenchmarksApi;
import io.secplat.guardian.generated.api.CisBenchmarksApi.GetCisBenchmarkQueryParams;
import io.secplat.guardian.generated.api.CisBenchmarksApi.GetCisBenchmarkResultSummaryQueryParams;
import io.secplat.guardian.generated.api.CisBenchmarksApi.ListAvailableCisBenchmarksQueryParams;
import io.secplat.guardian.generated.api.CisBenchmarksApi.ListCisBenchmarkResultsQueryParams;
import io.secplat.guardian.generated.api.CisBenchmarksApi.ListCisBenchmarkRulesQueryParams;
import io.secplat.guardian.generated.api.CisBenchmarksApi.ListCisBenchmarksQueryParams;
import io.secplat.guardian.generated.model.CisBenchmarkResults;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * CIS benchmarks: the latest results, the active benchmarks, their rules, and the results of one
 * benchmark for a node, node group or environment (JSON, or CSV streamed to the caller).
 *
 * <pre>{@code
 * guardian.cisBenchmarks().results(4, Scope.nodeGroup(1)).forEach(System.out::println);
 * }</pre>
 */
public final class CisBenchmarks {
  private final CisBenchmarksApi api;
  private final DocumentsApi documents;

  CisBenchmarks(CisBenchmarksApi api, DocumentsApi documents) {
    this.api = api;
    this.documents = documents;
  }

  /**
   * The latest CIS benchmark results of the organisation, 20 per request
   * ({@code GET /api/v2/cis_benchmarks.json}), e.g. {@code cisBenchmarks().list()}.
   *
   * @return the results, fetched lazily (fields undocumented)
   */
  @Operation("listCisBenchmarks")
  public PagedIterable<Map<String, Object>> list() {
    return GuardianPaging.iterate(GuardianPaging.DEFAULT_PER_PAGE,
        (page, size) -> api.listCisBenchmarks(new ListCisBenchmarksQueryParams().page(page).perPage(size)));
  }

  /**
   * The results of one benchmark ({@code GET /api/v2/cis_benchmarks/{id}.json}), e.g.
   * {@code cisBenchmarks().get(4, Scope.organisation())}.
   *
   * @param cisBenchmarkId the benchmark's id
   * @param scope the organisation, or an environment, node group or node
   * @return the results
   */
  @Operation("getCisBenchmark")
  public CisBenchmarkResults get(long cisBenchmarkId, Scope scope) {
    long id = Ids.id("cisBenchmarkId", cisBenchmarkId);
    return api.getCisBenchmark(id, scoped(Arguments.requireNonNull("scope", scope)));
  }

  /**
   * The results of one benchmark over a time span ({@code GET /api/v2/cis_benchmarks/{id}.json?timespan=}),
   * e.g. {@code cisBenchmarks().get(4, Scope.node(311), 30)}.
   *
   * @param cisBenchmarkId the benchmark's id
   * @param scope the organisation, or an environment, node group or node
   * @param timespan the time span, in Guardian's unit
   * @return the results
   */
  @Operation("getCisBenchmark")
  public CisBenchmarkResults get(long cisBenchmarkId, Scope scope, int timespan) {
    long id = Ids.id("cisBenchmarkId", cisBenchmarkId);
    GetCisBenchmarkQueryParams query = scoped(Arguments.requireNonNull("scope", scope));
    return api.getCisBenchmark(id, query.timespan(Arguments.requirePositive("timespan", timespan)));
  }

  /**
   * The CIS benchmarks available ({@code GET /api/v2/cis_benchmarks/benchmarks.json}), e.g.
   * {@code cisBenchmarks().available(true)}.
   *
   * @param activeOnly true for only the active ones (the newest, not superseded)
   * @return the benchmarks (fields undocumented)
   */
  @Operation("listAvailableCisBenchmarks")
  public List<Map<String, Object>> available(boolean activeOnly) {
    return api.listAvailableCisBenchmarks(new ListAvailableCisBenchmarksQueryParams().activeOnly(activeOnly));
  }

  /**
   * A summary of the active results ({@code GET /api/v2/cis_benchmarks/benchmark_result_summary.json}),
   * e.g. {@code cisBenchmarks().resultSummary()}.
   *
   * @return the summary (fields undocumented)
   */
  @Operation("getCisBenchmarkResultSummary")
  public List<Map<String, Object>> resultSummary() {
    return api.getCisBenchmarkResultSummary(new GetCisBenchmarkResultSummaryQueryParams());
  }

  /**
   * A summary of the results active over a time span, e.g. {@code cisBenchmarks().resultSummary(30)}.
   *
   * @param timespan the time span, in Guardian's unit
   * @return the summary (fields undocumented)
   */
  @Operation("getCisBenchmarkResultSummary")
  public List<Map<String, Object>> resultSummary(int timespan) {
    return api.getCisBenchmarkResultSummary(
        new GetCisBenchmarkResultSummaryQueryParams().timespan(Arguments.requirePositive("timespan", timespan)));
  }

  /**
   * The active results of a benchmark for exactly one environment, node group or node
   * ({@code GET /api/v2/cis_benchmarks/{id}/benchmark_results.json}), e.g.
   * {@code cisBenchmarks().results(4, Scope.node(311))}.
   *
   * @param cisBenchmarkId the benchmark's id
   * @param scope an environment, a node group or a node
   * @return the results, fetched lazily (fields undocumented)
   */
  @Operation("listCisBenchmarkResults")
  public PagedIterable<Map<String, Object>> results(long cisBenchmarkId, Scope scope) {
    long id = Ids.id("cisBenchmarkId", cisBenchmarkId);
    Scope target = Scope.require(scope, "scope", "benchmark results", Scope.Kind.ENVIRONMENT, Scope.Kind.NODE_GROUP, Scope.Kind.NODE);
    return GuardianPaging.iterate(GuardianPaging.DEFAULT_PER_PAGE,
        (page, size) -> api.listCisBenchmarkResults(Ids.JSON, id, resultsQuery(target).page(page).perPage(size)));
  }

  /**
   * One page of those results as CSV ({@code GET /api/v2/cis_benchmarks/{id}/benchmark_results.csv}),
   * streamed, e.g. {@code cisBenchmarks().resultsCsv(4, Scope.nodeGroup(1), 1, 1000)}.
   *
   * @param cisBenchmarkId the benchmark's id
   * @param scope an environment, a node group or a node
   * @param page the page, from 1
   * @param perPage results per page
   * @return the CSV document as it arrives; the caller closes it
   */
  @Operation("listCisBenchmarkResults")
  public InputStream resultsCsv(long cisBenchmarkId, Scope scope, int page, int perPage) {
    long id = Ids.id("cisBenchmarkId", cisBenchmarkId);
    Scope target = Scope.require(scope, "scope", "benchmark results", Scope.Kind.ENVIRONMENT, Scope.Kind.NODE_GROUP, Scope.Kind.NODE);
    ListCisBenchmarkResultsQueryParams query = resultsQuery(target)
        .page(Arguments.requirePositive("page", page)).perPage(Arguments.requirePositive("perPage", perPage));
    return Documents.open(documents.cisBenchmarkResults(Ids.CSV, id, query));
  }

  /**
   * The rules of a benchmark ({@code GET /api/v2/cis_benchmarks/benchmark_rules.json?benchmark_id=}),
   * e.g. {@code cisBenchmarks().rules("xccdf_org.cisecurity.benchmarks_rule_1.1.1_L1_Set_Enforce_password_history")}.
   *
   * @param benchmarkId the benchmark's XCCDF id (a string)
   * @return the rules (fields undocumented)
   */
  @Operation("listCisBenchmarkRules")
  public List<Map<String, Object>> rules(String benchmarkId) {
    return api.listCisBenchmarkRules(
        new ListCisBenchmarkRulesQueryParams().benchmarkId(Arguments.requireNonBlank("benchmarkId", benchmarkId)));
  }

  private static GetCisBenchmarkQueryParams scoped(Scope scope) {
    return new GetCisBenchmarkQueryParams().environmentId(scope.environmentId()).nodeGroupId(scope.nodeGroupId())
        .nodeId(scope.nodeId());
  }

  private static ListCisBenchmarkResultsQueryParams resultsQuery(Scope scope) {
    return new ListCisBenchmarkResultsQueryParams().environmentId(scope.environmentId())
        .nodeGroupId(scope.nodeGroupId()).nodeId(scope.nodeId());
  }
}
