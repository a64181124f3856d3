package io.secplat.veza;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.veza.generated.api.AssessmentReportsApi;
import io.secplat.veza.generated.model.AssessmentReport;
import io.secplat.veza.generated.model.AssessmentReportQuery;
import io.secplat.veza.generated.model.ListAssessmentReportsResponse;
import java.util.List;

/**
 * Assessment reports (Early Access, {@code /api/preview}): named lists of saved queries.
 *
 * <pre>{@code
 * AssessmentReport report = veza.reports().create("Weekly access", "Who can reach what", List.of(queryId));
 * veza.reports().addQuery(report.getId(), otherQueryId);
 * }</pre>
 */
public final class AssessmentReports {
  private final AssessmentReportsApi api;

  AssessmentReports(AssessmentReportsApi api) {
    this.api = api;
  }

  /** @return every report, inactive ones and inactive queries included, fetched lazily */
  @Operation("ListAssessmentReports")
  public PagedIterable<AssessmentReport> list() {
    return TokenPaging.iterate(token -> {
      ListAssessmentReportsResponse page = api.listAssessmentReports(true, true, 250, token);
      return new TokenPaging.Slice<>(page.getValues(), page.getNextPageToken(), page.getHasMore());
    });
  }

  /**
   * @param reportId a report id
   * @return the report, inactive queries included
   */
  @Operation("GetAssessmentReport")
  public AssessmentReport get(String reportId) {
    return api.getAssessmentReport(Arguments.requirePathSegment("reportId", reportId), true).getValue();
  }

  /**
   * @param name the report name
   * @param description its description
   * @param queryIds saved queries to list
   * @return the created report
   */
  @Operation("CreateAssessmentReport")
  public AssessmentReport create(String name, String description, List<String> queryIds) {
    return api.createAssessmentReport(report(name, description, queryIds)).getValue();
  }

  /**
   * Replaces a report's definition.
   *
   * @param reportId the report
   * @param name its new name
   * @param description its new description
   * @param queryIds its queries
   * @return the updated report
   */
  @Operation("UpdateAssessmentReport")
  public AssessmentReport update(String reportId, String name, String description, List<String> queryIds) {
    return api.updateAssessmentReport(Arguments.requirePathSegment("reportId", reportId),
        report(name, description, queryIds)).getValue();
  }

  /**
   * @param reportId the report
   * @param queryId a saved query to add to it
   */
  @Operation("AddQueryToAssessmentReport")
  public void addQuery(String reportId, String queryId) {
    api.addQueryToAssessmentReport(Arguments.requirePathSegment("reportId", reportId),
        Arguments.requirePathSegment("queryId", queryId));
  }

  /** @param reportId the report to delete; its queries stay */
  @Operation("DeleteAssessmentReport")
  public void delete(String reportId) {
    api.deleteAssessmentReport(Arguments.requirePathSegment("reportId", reportId));
  }

  private static AssessmentReport report(String name, String description, List<String> queryIds) {
    AssessmentReport report = new AssessmentReport().name(Arguments.requireNonBlank("name", name))
        .description(description);
    for (String id : Arguments.requireNonNull("queryIds", queryIds)) {
      report.addQueriesItem(new AssessmentReportQuery().query(Arguments.requireNonBlank("queryId", id)));
    }
    if (queryIds.isEmpty()) {
      report.queries(new java.util.ArrayList<>());
    }
    return report;
  }
}
