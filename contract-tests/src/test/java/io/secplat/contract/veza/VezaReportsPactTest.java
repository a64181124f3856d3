package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.AssessmentReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Assessment reports (Early Access): list, get, create, update, add a query, delete. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaReportsPactTest {
  static final String R = "3c1d2e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
  static final String Q = "00000000-0000-4000-8000-000000000001";
  static final String REPORTS = "/api/preview/assessments/reports";

  static PactDslJsonBody report(String name) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.object("value").stringType("id", R).stringValue("name", name).closeObject();
    return body;
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact listAssessmentReports(PactDslWithProvider builder) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.minArrayLike("values", 1, 1).stringType("id", R).stringType("name", "Weekly access").closeObject().closeArray();
    return VezaPact.request(builder, "report " + R + " exists", "a request to list reports", "GET", REPORTS)
        .query("include_inactive_reports=true&include_inactive_queries=true&page_size=250")
        .willRespondWith().status(200).body(body.booleanType("has_more", false).stringType("next_page_token", ""))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listAssessmentReports")
  void listAssessmentReports(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.reports().list().stream().map(AssessmentReport::getName)).containsExactly("Weekly access");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAssessmentReport(PactDslWithProvider builder) {
    return VezaPact.request(builder, "report " + R + " exists", "a request for a report", "GET", REPORTS + "/" + R)
        .query("include_inactive_queries=true")
        .willRespondWith().status(200).body(report("Weekly access")).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAssessmentReport")
  void getAssessmentReport(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.reports().get(R).getName()).isEqualTo("Weekly access");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact createAssessmentReport(PactDslWithProvider builder) {
    return VezaPact.request(builder, "saved query " + Q + " exists", "a request to create a report", "POST", REPORTS)
        .headers("Content-Type", "application/json")
        .body("{\"name\":\"Weekly access\",\"description\":\"Who can reach what\",\"queries\":[{\"query\":\"" + Q + "\"}]}")
        .willRespondWith().status(200).body(report("Weekly access")).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createAssessmentReport")
  void createAssessmentReport(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.reports().create("Weekly access", "Who can reach what", List.of(Q)).getId()).isEqualTo(R);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact updateAssessmentReport(PactDslWithProvider builder) {
    return VezaPact.request(builder, "report " + R + " exists", "a request to update a report", "PUT", REPORTS + "/" + R)
        .headers("Content-Type", "application/json")
        .body("{\"name\":\"Monthly access\",\"description\":\"Monthly\",\"queries\":[]}")
        .willRespondWith().status(200).body(report("Monthly access")).toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateAssessmentReport")
  void updateAssessmentReport(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.reports().update(R, "Monthly access", "Monthly", List.of()).getName()).isEqualTo("Monthly access");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact addQueryToAssessmentReport(PactDslWithProvider builder) {
    return VezaPact.request(builder, "report " + R + " exists", "a request to add a query to a report", "PUT",
            REPORTS + "/" + R + "/queries/" + Q)
        .willRespondWith().status(200).body("{}", "application/json").toPact();
  }

  @Test
  @PactTestFor(pactMethod = "addQueryToAssessmentReport")
  void addQueryToAssessmentReport(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.reports().addQuery(R, Q);
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact deleteAssessmentReport(PactDslWithProvider builder) {
    return VezaPact.request(builder, "report " + R + " exists", "a request to delete a report", "DELETE", REPORTS + "/" + R)
        .willRespondWith().status(200).body("{}", "application/json").toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteAssessmentReport")
  void deleteAssessmentReport(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      veza.reports().delete(R);
    }
  }
}
