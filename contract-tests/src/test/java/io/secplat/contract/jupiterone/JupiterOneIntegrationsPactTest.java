package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.data;
import static io.secplat.contract.jupiterone.JupiterOnePact.document;
import static io.secplat.contract.jupiterone.JupiterOnePact.graphQl;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.core.graphql.GraphQlStrings;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.AuditEvent;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Integration definitions, the integration job trigger and audit events on /graphql. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneIntegrationsPactTest {
  static final String DEFINITION_ID = "8013680b-311a-4c2e-b53b-c8735fd97a5c";
  static final String INSTANCE_ID = "5465397d-8491-4a12-806a-04792839abe3";

  static void definition(PactDslJsonBody o) {
    o.stringType("id", DEFINITION_ID).stringType("name", "AWS").stringType("type", "aws").stringType("title", "AWS")
        .stringType("integrationType", "aws");
    o.minArrayLike("integrationClass", 1, PactDslJsonRootValue.stringType("CSP"), 1);
    o.minArrayLike("configFields", 1, 1).stringType("key", "roleArn").stringType("displayName", "Role ARN")
        .stringType("description", "The role JupiterOne assumes").closeObject().closeArray();
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact findIntegrationDefinition(PactDslWithProvider builder) {
    return graphQl(builder, "the aws integration definition exists", "a request to find the definition of an integration type",
            "/graphql", document("findIntegrationDefinition"), v -> v.stringType("integrationType", "aws"))
        .willRespondWith().status(200)
        .body(data("findIntegrationDefinition", JupiterOneIntegrationsPactTest::definition))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "findIntegrationDefinition")
  void findIntegrationDefinition(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.integrations().find("aws")).hasValueSatisfying(d -> assertThat(d.getIntegrationClass()).containsExactly("CSP"));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact integrationDefinition(PactDslWithProvider builder) {
    return graphQl(builder, "the aws integration definition exists", "a request for an integration definition by id", "/graphql",
            document("integrationDefinition"), v -> v.stringType("id", DEFINITION_ID))
        .willRespondWith().status(200)
        .body(data("integrationDefinition", JupiterOneIntegrationsPactTest::definition))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "integrationDefinition")
  void integrationDefinition(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.integrations().definition(DEFINITION_ID)).hasValueSatisfying(d -> assertThat(d.getTitle()).isEqualTo("AWS"));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact integrationDefinitions(PactDslWithProvider builder) {
    return graphQl(builder, "the aws integration definition exists", "a request for every integration definition", "/graphql",
            document("integrationDefinitions"), v -> { })
        .willRespondWith().status(200)
        .body(data("integrationDefinitions", page -> {
          PactDslJsonBody definition = page.minArrayLike("definitions", 1, 1);
          definition(definition);
          definition.closeObject().closeArray();
          JupiterOnePact.pageInfo(page, false);
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "integrationDefinitions")
  void integrationDefinitions(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.integrations().definitions().stream().toList()).singleElement().satisfies(d -> assertThat(d.getId()).isEqualTo(DEFINITION_ID));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact invokeIntegrationInstance(PactDslWithProvider builder) {
    GraphQlOperation template = document("invokeIntegrationInstance");
    GraphQlOperation withId = new GraphQlOperation(template.name(), template.kind(),
        template.document().replace("\"INTEGRATION_INSTANCE_ID\"", GraphQlStrings.quote(INSTANCE_ID)));
    return graphQl(builder, "integration instance " + INSTANCE_ID + " exists", "a request to start an integration job", "/graphql",
            withId, v -> { })
        .willRespondWith().status(200)
        .body(data("invokeIntegrationInstance", o -> o.booleanValue("success", true)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "invokeIntegrationInstance")
  void invokeIntegrationInstance(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.integrations().invoke(INSTANCE_ID)).isTrue();
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact getAuditEventsForAccount(PactDslWithProvider builder) {
    return graphQl(builder, "the account has audit events", "a request for the account's audit events", "/graphql",
            document("getAuditEventsForAccount"), v -> v.integerType("limit", 50))
        .willRespondWith().status(200)
        .body(data("getAuditEventsForAccount", page -> {
          PactDslJsonBody event = page.minArrayLike("items", 1, 1);
          event.stringType("id", "audit-1").stringType("resourceType", "integration").stringType("resourceId", DEFINITION_ID)
              .stringType("category", "INTEGRATION").integerType("timestamp", 1529329792552L).stringType("performedByUserId", "user-1");
          event.object("data").stringType("action", "configured").closeObject();
          event.closeObject().closeArray();
          JupiterOnePact.pageInfo(page, false);
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "getAuditEventsForAccount")
  void getAuditEventsForAccount(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      List<AuditEvent> events = j1.auditEvents().list(50).stream().collect(Collectors.toList());
      assertThat(events).singleElement().satisfies(e -> assertThat(e.getData().path("action").asText()).isEqualTo("configured"));
    }
  }
}
