package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.object;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Change Requests and Incidents: the ServiceNow records, listed and one by one. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianServiceNowPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact serviceNowRecords(PactDslWithProvider builder) {
    String state = "ServiceNow synchronised change request 4 and incident 12";
    return GuardianPact.interactions(builder)
        .get(state, "listChangeRequests", "a request for the change requests", "/api/v2/change_requests.json?page=1&per_page=20",
            array(1, o -> o.stringType("number", "CHG0030001")))
        .get(state, "getChangeRequest", "a request for a change request", "/api/v2/change_requests/4.json",
            object(o -> o.stringType("number", "CHG0030001")))
        .get(state, "listIncidents", "a request for the incidents, 50 per page", "/api/v2/incidents.json?page=1&per_page=50",
            array(1, o -> o.stringType("number", "INC0010001")))
        .get(state, "getIncident", "a request for an incident", "/api/v2/incidents/12.json", object(o -> o.stringType("number", "INC0010001")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "serviceNowRecords")
  void serviceNowRecords(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.changeRequests().list().stream().findFirst()).hasValueSatisfying(r -> assertThat(r).containsEntry("number", "CHG0030001"));
      assertThat(guardian.changeRequests().get(4)).containsEntry("number", "CHG0030001");
      assertThat(guardian.incidents().list(50).stream().count()).isEqualTo(1);
      assertThat(guardian.incidents().get(12)).containsEntry("number", "INC0010001");
    }
  }
}
