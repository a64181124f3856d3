package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.guardian.generated.model.EventAction;
import io.secplat.guardian.generated.model.EventActionCreateAttributes;
import io.secplat.guardian.generated.model.EventActionUpdateAttributes;
import io.secplat.guardian.generated.model.EventView;
import io.secplat.guardian.generated.model.EventViewCreateAttributes;
import io.secplat.guardian.generated.model.EventViewUpdateAttributes;
import io.secplat.guardian.generated.model.ExternalEvent;
import io.secplat.guardian.generated.model.Job;
import io.secplat.guardian.generated.model.ScheduledJob;
import io.secplat.guardian.generated.model.ScheduledJobCreateAttributes;
import io.secplat.guardian.generated.model.ScheduledJobUpdateAttributes;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Jobs, delayed and scheduled jobs, events, event views and event actions against the Guardian mock. */
class GuardianJobsAndEventsTest extends GuardianMockTestBase {

  @Test
  void jobsAndTheirTasks() {
    assertThat(guardian.jobs().list().stream().map(Job::getSourceName).collect(Collectors.toList())).containsExactly("Cluster Node 1");
    assertThat(lastCall()).isEqualTo("GET /api/v2/jobs.json?page=1&per_page=20");
    assertThat(guardian.jobs().create(JobType.NODE_SCAN, 311).getJobId()).isEqualTo(1L);
    assertThat(lastCall()).isEqualTo("POST /api/v2/jobs.json?type=11&type_id=311");
    guardian.jobs().create(JobType.POLICY_VERSION, 17, Scope.nodeGroup(1));
    assertThat(lastCall()).isEqualTo("POST /api/v2/jobs.json?node_group_id=1&type=6&type_id=17");
    assertThat(guardian.jobs().get(1).getStatus()).isEqualTo(2);
    assertThat(guardian.jobs().tasks(1)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/jobs/1/tasks.json");
    guardian.jobs().tasks(1, TaskStatus.FAILURE);
    assertThat(lastCall()).isEqualTo("GET /api/v2/jobs/1/tasks.json?status=failure");
  }

  @Test
  void delayedJobs() {
    assertThat(guardian.delayedJobs().list().stream().count()).isEqualTo(1);
    guardian.delayedJobs().list("generate report").stream().count();
    assertThat(lastCall()).isEqualTo("GET /api/v2/delayed_jobs.json?page=1&per_page=20&search=generate%20report");
    assertThat(guardian.delayedJobs().get(1).getLastError()).isEqualTo("Appliance not ready");
    guardian.delayedJobs().delete(1);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/delayed_jobs/1.json");
    guardian.delayedJobs().deleteAll();
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/delayed_jobs/destroy_all.json");
    guardian.delayedJobs().deleteAll("generate_report");
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/delayed_jobs/destroy_all.json?search=generate_report");
  }

  @Test
  void scheduledJobs() {
    assertThat(guardian.scheduledJobs().list().stream().map(ScheduledJob::getId).collect(Collectors.toList())).containsExactly(2L);
    ScheduledJob job = guardian.scheduledJobs().create(new ScheduledJobCreateAttributes().sourceId(2L).sourceType(12).data("{}"));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"scheduled_job\":{\"source_id\":2,\"source_type\":12,\"data\":\"{}\"}}");
    assertThat(job.getUrl()).isEqualTo("/api/v2/scheduled_jobs/2.json");
    assertThat(guardian.scheduledJobs().get(2).getSourceName()).isEqualTo("Default");
    guardian.scheduledJobs().update(2, new ScheduledJobUpdateAttributes().status(1));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"scheduled_job\":{\"status\":1}}");
    guardian.scheduledJobs().cancelJobs(2);
    assertThat(lastCall()).isEqualTo("POST /api/v2/scheduled_jobs/2/cancel_jobs.json");
    guardian.scheduledJobs().delete(2);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/scheduled_jobs/2.json");
  }

  @Test
  void eventsAreQueriedEmailedCreatedAndTyped() {
    assertThat(guardian.events().list(EventQuery.view("User Logins").withFrom(LocalDateTime.of(2024, 1, 1, 0, 0))
        .withTo(LocalDateTime.of(2024, 1, 31, 23, 59, 59)).withAfterEventId(11854346).withHelperVariables("node_scan_url", "node_id")
        .withPerPage(100)).stream().count()).isZero();
    assertThat(lastCall()).isEqualTo("GET /api/v2/events.json?date_from=2024-01-01%2000%3A00%3A00&date_to=2024-01-31%2023%3A59%3A59"
        + "&helper_variables=node_scan_url%2Cnode_id&last_event_id=11854346&page=1&per_page=100&view_name=User%20Logins");

    guardian.events().emailReport(EventQuery.query("type=User Logged In"), "ops+events@example.com", EventReportFormat.CSV);
    assertThat(lastCall()).isEqualTo("GET /api/v2/events.json?email=ops%2Bevents%40example.com&query=type%3DUser%20Logged%20In"
        + "&report_format=csv");

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("type", "ssh_login");
    variables.put("user", "root");
    ExternalEvent event = guardian.events().createExternal(variables, ExternalEventSource.none().withNode(311).withIpAddress("1.2.4.5"));
    assertThat(lastCall()).isEqualTo("POST /api/v2/events.json?ip_address=1.2.4.5&node_id=311");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"variables\":{\"type\":\"ssh_login\",\"user\":\"root\"}}");
    assertThat(event.getId()).isEqualTo(11854346L);
    assertThat(guardian.events().types()).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/events/types.json");
  }

  @Test
  void legacyEventsShareTheEventsPathAndAreToldApartByTheirBody() {
    assertThat(guardian.legacyEvents().create(Map.of("sub_category", "build process"))).isEmpty();
    assertThat(lastCall()).isEqualTo("POST /api/v2/events.json");
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"sub_category\":\"build process\"}");
    assertThat(guardian.legacyEvents().get(5).getSubCategory()).isEqualTo("build process");
    assertThat(lastCall()).isEqualTo("GET /api/v2/events/5.json");
  }

  @Test
  void eventViewsAndEventActions() {
    assertThat(guardian.eventViews().template().getQuery()).isEqualTo("type=User Logged In");
    assertThat(guardian.eventViews().list().stream().map(EventView::getName).collect(Collectors.toList())).containsExactly("User Logins");
    EventView view = guardian.eventViews().create(new EventViewCreateAttributes().name("User Logins").query("type=User Logged In")
        .viewType(2));
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"event_view\":{\"name\":\"User Logins\",\"query\":\"type=User Logged In\",\"view_type\":2}}");
    assertThat(guardian.eventViews().get(view.getId()).getViewType()).isEqualTo(2);
    guardian.eventViews().update(1, new EventViewUpdateAttributes().name("Logins"));
    assertThat(lastCall()).isEqualTo("PUT /api/v2/event_views/1.json");
    guardian.eventViews().delete(1);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/event_views/1.json");

    assertThat(guardian.eventActions().template().getActionType()).isEqualTo(2);
    assertThat(guardian.eventActions().list().stream().count()).isEqualTo(1);
    EventAction action = guardian.eventActions().create(new EventActionCreateAttributes().name("Send Email").actionType(2)
        .eventViewId(1L));
    assertThat(lastRequest().getBodyAsString())
        .isEqualTo("{\"event_action\":{\"name\":\"Send Email\",\"action_type\":2,\"event_view_id\":1}}");
    assertThat(guardian.eventActions().get(action.getId()).getStatus()).isEqualTo("enabled");
    guardian.eventActions().update(1, new EventActionUpdateAttributes().name("Page"));
    assertThat(lastRequest().getBodyAsString()).isEqualTo("{\"event_action\":{\"name\":\"Page\"}}");
    guardian.eventActions().delete(1);
    assertThat(lastCall()).isEqualTo("DELETE /api/v2/event_actions/1.json");
  }
}
