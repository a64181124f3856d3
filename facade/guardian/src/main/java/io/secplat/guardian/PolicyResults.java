package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.PoliciesApi;
import io.secplat.guardian.generated.api.PoliciesApi.GetPolicyLatestResultsQueryParams;
import io.secplat.guardian.generated.api.PoliciesApi.ListPolicySummaryResultsQueryParams;
import io.secplat.guardian.generated.model.PolicyLatestResults;
import java.io.InputStream;
import java.util.Map;

/**
 * The results of policies: a summary of every policy, and the latest results of one (JSON, or a
 * PDF report streamed to the caller).
 *
 * <pre>{@code
 * try (InputStream pdf = guardian.policies().results().latestPdf(1, LatestResultsOptions.defaults())) {
 *   Files.copy(pdf, Path.of("policy-1.pdf"));
 * }
 * }</pre>
 */
public final class PolicyResults {
  private final PoliciesApi api;
  private final DocumentsApi documents;

  PolicyResults(PoliciesApi api, DocumentsApi documents) {
    this.api = api;
    this.documents = documents;
  }

  /**
   * The summary results of every policy, 20 per request ({@code GET /api/v2/policies/summary_results.json}),
   * e.g. {@code results().summary()}.
   *
   * @return the summaries, fetched lazily (fields undocumented)
   */
  @Operation("listPolicySummaryResults")
  public PagedIterable<Map<String, Object>> summary() {
    return GuardianPaging.iterate(GuardianPaging.DEFAULT_PER_PAGE,
        (page, size) -> api.listPolicySummaryResults(new ListPolicySummaryResultsQueryParams().page(page).perPage(size)));
  }

  /**
   * The latest results of a policy ({@code GET /api/v2/policies/{id}/latest_results.json}), e.g.
   * {@code results().latest(1, LatestResultsOptions.defaults().withFailedOnly(true))}.
   *
   * @param policyId the policy's id
   * @param options what the results include
   * @return the results
   */
  @Operation("getPolicyLatestResults")
  public PolicyLatestResults latest(long policyId, LatestResultsOptions options) {
    long id = Ids.id("policyId", policyId);
    return api.getPolicyLatestResults(Ids.JSON, id, parameters(Arguments.requireNonNull("options", options)));
  }

  /**
   * The latest results of a policy as a PDF report ({@code GET /api/v2/policies/{id}/latest_results.pdf}),
   * streamed, e.g. {@code results().latestPdf(1, LatestResultsOptions.defaults())}.
   *
   * @param policyId the policy's id
   * @param options what the report includes
   * @return the PDF document as it arrives; the caller closes it
   */
  @Operation("getPolicyLatestResults")
  public InputStream latestPdf(long policyId, LatestResultsOptions options) {
    long id = Ids.id("policyId", policyId);
    return Documents.open(documents.policyLatestResults(Ids.PDF, id, parameters(Arguments.requireNonNull("options", options))));
  }

  private static GetPolicyLatestResultsQueryParams parameters(LatestResultsOptions options) {
    return new GetPolicyLatestResultsQueryParams().failedOnly(options.failedOnly()).includePolicy(options.includePolicy())
        .includePolicyVersions(options.includePolicyVersions()).includeTypeStats(options.includeTypeStats())
        .includePolicyResults(options.includePolicyResults()).allData(options.allData()).nodeId(options.nodeId());
  }
}
