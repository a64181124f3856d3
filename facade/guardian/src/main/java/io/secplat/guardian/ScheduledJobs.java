package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.ScheduledJobsApi;
import io.secplat.guardian.generated.api.ScheduledJobsApi.ListScheduledJobsQueryParams;
import io.secplat.guardian.generated.model.ScheduledJob;
import io.secplat.guardian.generated.model.ScheduledJobCreateAttributes;
import io.secplat.guardian.generated.model.ScheduledJobCreateRequest;
import io.secplat.guardian.generated.model.ScheduledJobUpdateAttributes;
import io.secplat.guardian.generated.model.ScheduledJobUpdateRequest;

/**
 * Jobs that run on a schedule. The Rails root key {@code scheduled_job} of request bodies is added
 * here.
 *
 * <pre>{@code
 * ScheduledJob job = guardian.scheduledJobs().create(new ScheduledJobCreateAttributes().sourceId(2L).sourceType(12));
 * guardian.scheduledJobs().cancelJobs(job.getId());
 * }</pre>
 */
public final class ScheduledJobs {
  private final ScheduledJobsApi api;

  ScheduledJobs(ScheduledJobsApi api) {
    this.api = api;
  }

  /**
   * Every scheduled job, 20 per request, e.g. {@code scheduledJobs().list()}.
   *
   * @return the scheduled jobs, fetched lazily
   */
  @Operation("listScheduledJobs")
  public PagedIterable<ScheduledJob> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every scheduled job ({@code GET /api/v2/scheduled_jobs.json}), e.g. {@code scheduledJobs().list(50)}.
   *
   * @param perPage records per request
   * @return the scheduled jobs, fetched lazily
   */
  @Operation("listScheduledJobs")
  public PagedIterable<ScheduledJob> list(int perPage) {
    return GuardianPaging.iterate(perPage,
        (page, size) -> api.listScheduledJobs(new ListScheduledJobsQueryParams().page(page).perPage(size)));
  }

  /**
   * Creates a scheduled job ({@code POST /api/v2/scheduled_jobs.json}, body {@code {"scheduled_job": ...}}),
   * e.g. {@code scheduledJobs().create(new ScheduledJobCreateAttributes().sourceId(2L).sourceType(12))}.
   * Not retried.
   *
   * @param attributes the new job's fields; unset fields are not sent
   * @return the created job
   */
  @Operation("createScheduledJob")
  public ScheduledJob create(ScheduledJobCreateAttributes attributes) {
    return api.createScheduledJob(new ScheduledJobCreateRequest().scheduledJob(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * One scheduled job ({@code GET /api/v2/scheduled_jobs/{id}.json}), e.g. {@code scheduledJobs().get(2)}.
   *
   * @param scheduledJobId the job's id
   * @return the job
   */
  @Operation("getScheduledJob")
  public ScheduledJob get(long scheduledJobId) {
    return api.getScheduledJob(Ids.id("scheduledJobId", scheduledJobId));
  }

  /**
   * Changes the fields given ({@code PUT /api/v2/scheduled_jobs/{id}.json}), e.g.
   * {@code scheduledJobs().update(2, new ScheduledJobUpdateAttributes().data("{}"))}.
   *
   * @param scheduledJobId the job's id
   * @param attributes the fields to change; unset fields are not sent and stay as they are
   */
  @Operation("updateScheduledJob")
  public void update(long scheduledJobId, ScheduledJobUpdateAttributes attributes) {
    long id = Ids.id("scheduledJobId", scheduledJobId);
    api.updateScheduledJob(id, new ScheduledJobUpdateRequest().scheduledJob(Arguments.requireNonNull("attributes", attributes)));
  }

  /**
   * Deletes a scheduled job ({@code DELETE /api/v2/scheduled_jobs/{id}.json}), e.g. {@code scheduledJobs().delete(2)}.
   *
   * @param scheduledJobId the job's id
   */
  @Operation("deleteScheduledJob")
  public void delete(long scheduledJobId) {
    api.deleteScheduledJob(Ids.id("scheduledJobId", scheduledJobId));
  }

  /**
   * Stops the running and pending jobs of a scheduled job ({@code POST /api/v2/scheduled_jobs/{id}/cancel_jobs.json}),
   * e.g. {@code scheduledJobs().cancelJobs(2)}. Not retried.
   *
   * @param scheduledJobId the scheduled job's id
   */
  @Operation("cancelJobsOfScheduledJob")
  public void cancelJobs(long scheduledJobId) {
    api.cancelJobsOfScheduledJob(Ids.id("scheduledJobId", scheduledJobId));
  }
}
