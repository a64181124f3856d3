package io.secplat.guardian;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.guardian.generated.api.JobsApi;
import io.secplat.guardian.generated.api.JobsApi.CreateJobQueryParams;
import io.secplat.guardian.generated.api.JobsApi.ListJobTasksQueryParams;
import io.secplat.guardian.generated.api.JobsApi.ListJobsQueryParams;
import io.secplat.guardian.generated.model.Job;
import io.secplat.guardian.generated.model.JobStarted;
import java.util.List;
import java.util.Map;

/**
 * Jobs (scans, benchmark and policy runs) and their tasks.
 *
 * <pre>{@code
 * JobStarted started = guardian.jobs().create(JobType.NODE_SCAN, 311);
 * Job job = guardian.jobs().get(started.getJobId());
 * }</pre>
 */
public final class Jobs {
  private final JobsApi api;

  Jobs(JobsApi api) {
    this.api = api;
  }

  /**
   * Every job, 20 per request, e.g. {@code jobs().list()}.
   *
   * @return the jobs, fetched lazily
   */
  @Operation("listJobs")
  public PagedIterable<Job> list() {
    return list(GuardianPaging.DEFAULT_PER_PAGE);
  }

  /**
   * Every job ({@code GET /api/v2/jobs.json}), e.g. {@code jobs().list(100)}.
   *
   * @param perPage records per request
   * @return the jobs, fetched lazily
   */
  @Operation("listJobs")
  public PagedIterable<Job> list(int perPage) {
    return GuardianPaging.iterate(perPage, (page, size) -> api.listJobs(new ListJobsQueryParams().page(page).perPage(size)));
  }

  /**
   * Starts a job ({@code POST /api/v2/jobs.json?type=&type_id=}), e.g. {@code jobs().create(JobType.NODE_SCAN, 311)}.
   * Guardian answers 400 when there is nothing to run (no CIS benchmark linked). Not retried.
   *
   * @param type what the job runs
   * @param typeId the record the type names (a node, node group, environment, policy or policy version)
   * @return the job's id and whether it runs as a delayed job
   */
  @Operation("createJob")
  public JobStarted create(JobType type, long typeId) {
    Arguments.requireNonNull("type", type);
    return api.createJob(new CreateJobQueryParams().type(type.code()).typeId(Ids.id("typeId", typeId)));
  }

  /**
   * Runs a CIS benchmark policy or policy version against a node or a node group
   * ({@code POST /api/v2/jobs.json?type=&type_id=&node_id= | node_group_id=}), e.g.
   * {@code jobs().create(JobType.POLICY_VERSION, 17, Scope.nodeGroup(1))}. Not retried.
   *
   * @param type {@link JobType#POLICY} or {@link JobType#POLICY_VERSION}
   * @param typeId the policy or policy version
   * @param target a node or a node group
   * @return the job's id and whether it runs as a delayed job
   */
  @Operation("createJob")
  public JobStarted create(JobType type, long typeId, Scope target) {
    Arguments.requireNonNull("type", type);
    if (!type.takesTarget()) {
      throw new IllegalArgumentException("type " + type + " takes no target; only POLICY and POLICY_VERSION do");
    }
    Scope.require(target, "target", "a policy job", Scope.Kind.NODE, Scope.Kind.NODE_GROUP);
    return api.createJob(new CreateJobQueryParams().type(type.code()).typeId(Ids.id("typeId", typeId))
        .nodeId(target.nodeId()).nodeGroupId(target.nodeGroupId()));
  }

  /**
   * One job ({@code GET /api/v2/jobs/{id}.json}), e.g. {@code jobs().get(1)}.
   *
   * @param jobId the job's id
   * @return the job
   */
  @Operation("getJob")
  public Job get(long jobId) {
    return api.getJob(Ids.id("jobId", jobId));
  }

  /**
   * The tasks of a job ({@code GET /api/v2/jobs/{id}/tasks.json}), e.g. {@code jobs().tasks(1)}.
   *
   * @param jobId the job's id
   * @return the tasks (not paged; fields undocumented)
   */
  @Operation("listJobTasks")
  public List<Map<String, Object>> tasks(long jobId) {
    return api.listJobTasks(Ids.id("jobId", jobId), new ListJobTasksQueryParams());
  }

  /**
   * The tasks of a job with a status ({@code GET /api/v2/jobs/{id}/tasks.json?status=}), e.g.
   * {@code jobs().tasks(1, TaskStatus.FAILURE)}.
   *
   * @param jobId the job's id
   * @param status the status to filter by
   * @return the tasks (not paged; fields undocumented)
   */
  @Operation("listJobTasks")
  public List<Map<String, Object>> tasks(long jobId, TaskStatus status) {
    long id = Ids.id("jobId", jobId);
    return api.listJobTasks(id, new ListJobTasksQueryParams().status(Arguments.requireNonNull("status", status).wireValue()));
  }
}
