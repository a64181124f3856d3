package io.secplat.contract.veza;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.Json;
import io.secplat.veza.VezaClient;
import io.secplat.veza.generated.model.CohortRoleAnalysisRequest;
import io.secplat.veza.generated.model.GetAccessRelationshipRequest;
import io.secplat.veza.generated.model.RoleExistsRequest;
import io.secplat.veza.generated.model.RoleMaintenanceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The private assessment calls with the documented guide bodies, request and response. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = VezaPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class VezaPrivateAssessmentsPactTest {
  static final ObjectMapper JSON = Json.newMapper();
  static final String PRIVATE = "/api/private/assessments/";

  static RequestResponsePact documented(PactDslWithProvider builder, String operationId, String path, String what) {
    return VezaPact.request(builder, "Snowflake roles are analysed", what, "POST", PRIVATE + path)
        .headers("Content-Type", "application/json")
        .body(VezaPact.requestExample(operationId, "guide").toString())
        .willRespondWith().status(200)
        .body(VezaPact.responseExample(operationId, "guide").toString(), "application/json")
        .toPact();
  }

  static <T> T request(String operationId, Class<T> type) {
    return JSON.convertValue(VezaPact.requestExample(operationId, "guide"), type);
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact roleExists(PactDslWithProvider builder) {
    return documented(builder, "RoleExists", "role_recommendations_role_exists", "a request for roles granting permissions");
  }

  @Test
  @PactTestFor(pactMethod = "roleExists")
  void roleExists(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.privateAssessments().roleExists(request("RoleExists", RoleExistsRequest.class)).getGranteeIds())
          .containsExactly("example-snowflake.com/role/SECURITY_READER_ROLE");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact roleMaintenance(PactDslWithProvider builder) {
    return documented(builder, "RoleMaintenance", "role_recommendations_role_maintenance",
        "a request for a role after maintenance");
  }

  @Test
  @PactTestFor(pactMethod = "roleMaintenance")
  void roleMaintenance(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.privateAssessments().roleMaintenance(request("RoleMaintenance", RoleMaintenanceRequest.class))
          .getGranteeIds()).containsExactly("example-snowflake.com/role/CLOUD_LOGS_READONLY_ROLE");
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact getAccessRelationship(PactDslWithProvider builder) {
    return documented(builder, "GetAccessRelationship", "access_relationship", "a request for an access relationship");
  }

  @Test
  @PactTestFor(pactMethod = "getAccessRelationship")
  void getAccessRelationship(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.privateAssessments()
          .accessRelationship(request("GetAccessRelationship", GetAccessRelationshipRequest.class))
          .getOrderedNodeAccessChanges()).isNotEmpty();
    }
  }

  @Pact(consumer = VezaPact.CONSUMER)
  RequestResponsePact cohortRoleAnalysis(PactDslWithProvider builder) {
    return documented(builder, "CohortRoleAnalysis", "cohort_role_analysis", "a request for a cohort role analysis");
  }

  @Test
  @PactTestFor(pactMethod = "cohortRoleAnalysis")
  void cohortRoleAnalysis(MockServer server) {
    try (VezaClient veza = VezaPact.client(server)) {
      assertThat(veza.privateAssessments().cohortRoleAnalysis(request("CohortRoleAnalysis", CohortRoleAnalysisRequest.class))
          .getGranteeIds()).hasSize(3);
    }
  }
}
