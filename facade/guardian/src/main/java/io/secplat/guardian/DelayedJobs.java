package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.DelayedJobsApi;
import io.secplat.guardian.generated.api.DelayedJobsApi.DeleteAllDelayedJobsQueryParams;
import io.secplat.guardian.generated.api.DelayedJobsApi.ListDelayedJobsQueryParams;
import io.secplat.guardian.generated.model.DelayedJob;

/**
 * Background jobs queued by the appliance.
 *
 * <pre>{@code
 * guardian.delayedJobs().list("generate_report").forEach(job -> System.out.println(job.getLastError()));
 * guardian.delayedJobs().deleteAll("generate_report");
 * }</pre>
 */
public final class DelayedJobs {
  private final DelayedJobsApi api;

  DelayedJobs(DelayedJobsApi api) {
    this.api = api;
  }

  /**
   * Every delayed job, 20 per request, e.g. {@code delayedJobs().list()}.
   *
   * @return the jobs, fetched lazily
   */
  @Operation("listDelayedJobs")
  public PagedIterable<DelayedJob> list() {
    return query(null, GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * The delayed jobs matching a search ({@code GET /api/v2/delayed_jobs.json?search=}), e.g.
   * {@code delayedJobs().list("generate_report")}.
   *
   * @param search the search text
   * @return the jobs, fetched lazily
   */
  @Operation("listDelayedJobs")
  public PagedIterable<DelayedJob> list(String search) {
    return query(Arguments.requireNonBlank("search", search), GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * One delayed job ({@code GET /api/v2/delayed_jobs/{id}.json}), e.g. {@code delayedJobs().get(1)}.
   *
   * @param delayedJobId the job's id
   * @return the job
   */
  @Operation("getDelayedJob")
  public DelayedJob get(long delayedJobId) {
    return api.getDelayedJob(Ids.id("delayedJobId", delayedJobId));
  }

  /**
   * Deletes a delayed job ({@code DELETE /api/v2/delayed_jobs/{id}.json}), e.g. {@code delayedJobs().delete(1)}.
   *
   * @param delayedJobId the job's id
   */
  @Operation("deleteDelayedJob")
  public void delete(long delayedJobId) {
    api.deleteDelayedJob(Ids.id("delayedJobId", delayedJobId));
  }

  /**
   * Deletes every delayed job ({@code DELETE /api/v2/delayed_jobs/destroy_all.json}), e.g.
   * {@code delayedJobs().deleteAll()}.
   */
  @Operation("deleteAllDelayedJobs")
  public void deleteAll() {
    api.deleteAllDelayedJobs(new DeleteAllDelayedJobsQueryParams());
  }

  /**
   * Deletes the delayed jobs matching a search ({@code DELETE /api/v2/delayed_jobs/destroy_all.json?search=}),
   * e.g. {@code delayedJobs().deleteAll("generate_report")}.
   *
   * @param search the search text
   */
  @Operation("deleteAllDelayedJobs")
  public void deleteAll(String search) {
    api.deleteAllDelayedJobs(new DeleteAllDelayedJobsQueryParams().search(Arguments.requireNonBlank("search", search)));
  }

  private PagedIterable<DelayedJob> query(String search, int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listDelayedJobs(new ListDelayedJobsQueryParams().page(page).perPage(size).search(search)));
  }
}
