package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
import static io.secplat.contract.guardian.GuardianPact.json;
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
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import io.secplat.guardian.EventQuery;
import io.secplat.guardian.EventReportFormat;
import io.secplat.guardian.ExternalEventSource;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events and Events (Legacy). An external event and a legacy event are the same request line,
 * {@code POST /api/v2/events.json}; their bodies differ ({@code variables} or not).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianEventsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact events(PactDslWithProvider builder) {
    String state = "the organisation has two login events";
    PactDslJsonBody external = object(o -> o.integerType("id", 11854346L).integerType("metric_type_id", 1000024L)
        .integerType("associated_id", 311L).stringType("associated_type", "Node").stringType("variables", "{\"type\":\"ssh_login\"}").stringType("created_at", "2016-07-07 12:34:56"));
    return GuardianPact.interactions(builder)
        .get(state, "listEvents", "a request for the first page of the events of a view in January",
            "/api/v2/events.json?view_name=User Logins&date_from=2024-01-01 00:00:00&date_to=2024-01-31 23:59:59"
                + "&helper_variables=node_scan_url,node_id&page=1&per_page=2",
            array(2, o -> o.integerType("id", 1L).integerType("type_id", 4)))
        .get(state, "listEvents", "a request for the second page of the events of a view in January",
            "/api/v2/events.json?view_name=User Logins&date_from=2024-01-01 00:00:00&date_to=2024-01-31 23:59:59"
                + "&helper_variables=node_scan_url,node_id&page=2&per_page=2", emptyArray())
        .get(state, "listEvents", "a request for the events of a query after an event, to be emailed as CSV",
            "/api/v2/events.json?query=type=User Logged In&last_event_id=11854346&email=ops@example.com&report_format=csv",
            emptyArray())
        .call(state, "createExternalEvent", "a request to record an external event about a node", "POST",
            "/api/v2/events.json?node_id=311&ip_address=1.2.4.5",
            json(object(o -> o.object("variables").stringValue("type", "ssh_login").stringValue("user", "root").closeObject())),
            status(201, external))
        .get(state, "listEventTypes", "a request for the event types", "/api/v2/events/types.json",
            array(1, o -> o.integerType("id", 4).stringType("name", "User Logged In")))
        .call(state, "createLegacyEvent", "a request to put a legacy event on the timeline", "POST", "/api/v2/events.json",
            json(object(o -> o.stringValue("sub_category", "build process").stringValue("action_taken", "started"))),
            status(201, new PactDslJsonBody()))
        .get("legacy event 5 exists", "getLegacyEvent", "a request for a legacy event", "/api/v2/events/5.json",
            object(o -> o.integerType("organisation_id", 123L).stringType("sub_category", "build process")
                .stringType("action_taken", "started").integerType("status", 0).stringType("extra", "Process started successfully")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "events")
  void events(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      EventQuery january = EventQuery.view("User Logins").withFrom(LocalDateTime.of(2024, 1, 1, 0, 0))
          .withTo(LocalDateTime.of(2024, 1, 31, 23, 59, 59)).withHelperVariables("node_scan_url", "node_id").withPerPage(2);
      assertThat(guardian.events().list(january).stream().count()).isEqualTo(2);
      guardian.events().emailReport(EventQuery.query("type=User Logged In").withAfterEventId(11854346), "ops@example.com",
          EventReportFormat.CSV);
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("type", "ssh_login");
      variables.put("user", "root");
      assertThat(guardian.events().createExternal(variables, ExternalEventSource.none().withNode(311).withIpAddress("1.2.4.5"))
          .getVariables()).isEqualTo("{\"type\":\"ssh_login\"}");
      assertThat(guardian.events().types()).singleElement().satisfies(type -> assertThat(type).containsEntry("name", "User Logged In"));
      Map<String, Object> legacy = new LinkedHashMap<>();
      legacy.put("sub_category", "build process");
      legacy.put("action_taken", "started");
      assertThat(guardian.legacyEvents().create(legacy)).isEmpty();
      assertThat(guardian.legacyEvents().get(5).getExtra()).isEqualTo("Process started successfully");
    }
  }
}
