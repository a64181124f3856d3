package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.JobType;
import io.secplat.guardian.Scope;
import io.secplat.guardian.TaskStatus;
import io.secplat.guardian.generated.model.ScheduledJobCreateAttributes;
import io.secplat.guardian.generated.model.ScheduledJobUpdateAttributes;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Jobs and Scheduled Jobs. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianJobsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact jobs(PactDslWithProvider builder) {
    String state = "job 1 has run";
    return GuardianPact.interactions(builder)
        .get(state, "listJobs", "a request for the jobs", "/api/v2/jobs.json?page=1&per_page=20", array(1, GuardianPact::job))
        .call(state, "createJob", "a request to scan a node", "POST", "/api/v2/jobs.json?type=11&type_id=311", UnaryOperator.identity(),
            status(201, object(o -> o.integerType("job_id", 1L).booleanType("delayed_job", false))))
        .call(state, "createJob", "a request to run a policy version against a node group", "POST",
            "/api/v2/jobs.json?type=6&type_id=17&node_group_id=1", UnaryOperator.identity(),
            status(201, object(o -> o.integerType("job_id", 2L).booleanType("delayed_job", true))))
        .get(state, "getJob", "a request for a job", "/api/v2/jobs/1.json", object(GuardianPact::job))
        .get(state, "listJobTasks", "a request for the tasks of a job", "/api/v2/jobs/1/tasks.json",
            array(1, o -> o.integerType("id", 5L).stringType("status", "success")))
        .get(state, "listJobTasks", "a request for the failed tasks of a job", "/api/v2/jobs/1/tasks.json?status=failure", emptyArray())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "jobs")
  void jobs(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.jobs().list().stream().count()).isEqualTo(1);
      assertThat(guardian.jobs().create(JobType.NODE_SCAN, 311).getDelayedJob()).isFalse();
      assertThat(guardian.jobs().create(JobType.POLICY_VERSION, 17, Scope.nodeGroup(1)).getJobId()).isEqualTo(2L);
      assertThat(guardian.jobs().get(1).getSourceName()).isEqualTo("Cluster Node 1");
      assertThat(guardian.jobs().tasks(1)).hasSize(1);
      assertThat(guardian.jobs().tasks(1, TaskStatus.FAILURE)).isEmpty();
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact scheduledJobs(PactDslWithProvider builder) {
    String state = "scheduled job 2 exists";
    return GuardianPact.interactions(builder)
        .get(state, "listScheduledJobs", "a request for the scheduled jobs", "/api/v2/scheduled_jobs.json?page=1&per_page=20",
            array(1, GuardianPact::scheduledJob))
        .call(state, "createScheduledJob", "a request to schedule an environment scan", "POST", "/api/v2/scheduled_jobs.json",
            json(object(o -> o.object("scheduled_job").integerType("source_id", 2L).integerType("source_type", 12)
                .stringValue("data", "{}").closeObject())), status(201, object(GuardianPact::scheduledJob)))
        .get(state, "getScheduledJob", "a request for a scheduled job", "/api/v2/scheduled_jobs/2.json", object(GuardianPact::scheduledJob))
        .call(state, "updateScheduledJob", "a request to change the status of a scheduled job", "PUT", "/api/v2/scheduled_jobs/2.json",
            json(object(o -> o.object("scheduled_job").integerType("status", 1).closeObject())), noContent())
        .call(state, "cancelJobsOfScheduledJob", "a request to cancel the jobs of a scheduled job", "POST",
            "/api/v2/scheduled_jobs/2/cancel_jobs.json", UnaryOperator.identity(), noContent())
        .call(state, "deleteScheduledJob", "a request to delete a scheduled job", "DELETE", "/api/v2/scheduled_jobs/2.json",
            UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "scheduledJobs")
  void scheduledJobs(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.scheduledJobs().list().stream().count()).isEqualTo(1);
      assertThat(guardian.scheduledJobs().create(new ScheduledJobCreateAttributes().sourceId(2L).sourceType(12).data("{}"))
          .getUrl()).isEqualTo("/api/v2/scheduled_jobs/2.json");
      assertThat(guardian.scheduledJobs().get(2).getSourceName()).isEqualTo("Default");
      guardian.scheduledJobs().update(2, new ScheduledJobUpdateAttributes().status(1));
      guardian.scheduledJobs().cancelJobs(2);
      guardian.scheduledJobs().delete(2);
    }
  }
}
