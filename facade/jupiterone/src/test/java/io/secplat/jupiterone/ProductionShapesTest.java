package io.secplat.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.jupiterone.generated.graphql.AuditEvent;
import io.secplat.jupiterone.generated.graphql.CreateQuestionRuleInstanceInput;
import io.secplat.jupiterone.generated.graphql.EntityMutationPayload;
import io.secplat.jupiterone.generated.graphql.IntegrationDefinition;
import io.secplat.jupiterone.generated.graphql.QuestionRuleInstance;
import io.secplat.jupiterone.generated.graphql.RuleQuestionInput;
import io.secplat.jupiterone.generated.graphql.RuleQuestionQueryInput;
import io.secplat.jupiterone.generated.graphql.Vertex;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decoding of the operations the issue-14 evidence pass changed, with answers shaped as
 * JupiterOne's production sends them (written from specs/jupiterone/jupiterone.evidence.yaml: its
 * production schema and its clients' samples), served on loopback ahead of the mock.
 */
class ProductionShapesTest extends JupiterOneMockTestBase {
  /**
   * Entity metadata as production answers the façade's selection: _type and _class are lists, and
   * a GraphQL server answers exactly the selected fields (unselected ones such as _source or _scope
   * never arrive).
   */
  static final String ENTITY = "{\"_id\":\"e-1\",\"_key\":\"host-1\",\"_type\":[\"my_host\"],\"_class\":[\"Host\",\"Device\"],"
      + "\"_accountId\":\"j1-acc-1\",\"_integrationName\":null,"
      + "\"_integrationDefinitionId\":null,\"_integrationInstanceId\":null,"
      + "\"_version\":1,\"_createdOn\":1529329792552,\"_beginOn\":1529329792552,"
      + "\"_endOn\":null,\"_deleted\":false,\"displayName\":\"Host 1\"}";

  static void answer(String path, String operationName, String body) {
    mocks.server().stubFor(post(urlPathEqualTo(path)).atPriority(SCRIPTED)
        .withRequestBody(matchingJsonPath("$.operationName", com.github.tomakehurst.wiremock.client.WireMock.equalTo(operationName)))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void createEntityDecodesTypeAndClassAsLists() {
    answer("/graphql", "CreateEntity", "{\"data\":{\"createEntity\":{\"entity\":" + ENTITY + ",\"vertex\":{\"id\":\"e-1\",\"entity\":"
        + ENTITY + ",\"properties\":{\"cpus\":4}}}}}");
    EntityMutationPayload created = j1.entities().create("host-1", "my_host", List.of("Host", "Device"), Map.of("cpus", 4));
    assertThat(created.getEntity().get_type()).containsExactly("my_host");
    assertThat(created.getEntity().get_class()).containsExactly("Host", "Device");
    assertThat(created.getVertex().getEntity().get_createdOn()).isEqualTo(1529329792552L);
    assertThat(body(lastRequest()).path("variables").path("entityClass").toString()).isEqualTo("[\"Host\",\"Device\"]");
  }

  @Test
  void verticesOfTheGraphDecodeWithListTypes() {
    answer("/graphql", "Vertex", "{\"data\":{\"vertex\":{\"id\":\"e-1\",\"entity\":" + ENTITY + ",\"properties\":{}}}}");
    Vertex vertex = j1.graph().vertex("e-1").orElseThrow();
    assertThat(vertex.getEntity().get_type()).containsExactly("my_host");
  }

  @Test
  void entityCountIsOneInteger() {
    answer("/graphql", "EntityCount", "{\"data\":{\"entityCount\":40}}");
    assertThat(j1.graph().entityCount(VertexFilters.builder().set_class(List.of("User")).build(), null)).isEqualTo(40L);
  }

  @Test
  void deleteEntitySendsHardDelete() {
    answer("/graphql", "DeleteEntity", "{\"data\":{\"deleteEntity\":{\"entity\":" + ENTITY + ",\"vertex\":null}}}");
    assertThat(j1.entities().delete("e-1", null, true).getEntity().get_id()).isEqualTo("e-1");
    assertThat(body(lastRequest()).path("variables").path("hardDelete").booleanValue()).isTrue();
  }

  @Test
  void auditEventTimestampsAreEpochMillisNumbers() {
    answer("/graphql", "GetAuditEventsForAccount", "{\"data\":{\"getAuditEventsForAccount\":{\"items\":[{\"id\":\"a-1\","
        + "\"resourceType\":\"entity\",\"resourceId\":\"e-1\",\"category\":\"ENTITY\",\"timestamp\":1529329792552,"
        + "\"performedByUserId\":\"u-1\",\"data\":{\"action\":\"created\"}}],\"pageInfo\":{\"endCursor\":\"c1\",\"hasNextPage\":false}}}}");
    List<AuditEvent> events = j1.auditEvents().list().stream().toList();
    assertThat(events).singleElement().satisfies(e -> assertThat(e.getTimestamp()).isEqualTo(1529329792552L));
  }

  @Test
  void ruleInstancesCarryAnIntegerVersionAndSpecVersion() {
    answer("/rules/graphql", "CreateQuestionRuleInstance", "{\"data\":{\"createQuestionRuleInstance\":{\"id\":\"r-1\","
        + "\"name\":\"unencrypted\",\"description\":null,\"version\":1,\"specVersion\":1,\"pollingInterval\":\"ONE_DAY\","
        + "\"question\":{\"queries\":[{\"query\":\"FIND DataStore\",\"version\":\"v1\"}]},\"operations\":[],\"outputs\":[]}}}");
    QuestionRuleInstance rule = j1.alertRules().create(CreateQuestionRuleInstanceInput.builder().setName("unencrypted")
        .setSpecVersion(1).setOperations(List.of())
        .setQuestion(new RuleQuestionInput(List.of(new RuleQuestionQueryInput("FIND DataStore", "v1", "q", null)))).build());
    assertThat(rule.getVersion()).isEqualTo(1);
    assertThat(rule.getSpecVersion()).isEqualTo(1);
    assertThat(body(lastRequest()).path("variables").path("instance").has("version")).isFalse();
  }

  @Test
  void integrationDefinitionsArePagedWithTheCursor() {
    String definition = "{\"id\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"title\":\"%s\",\"integrationType\":\"%s\","
        + "\"integrationClass\":[\"CSP\"],\"configFields\":[]}";
    // the first page answers any request; the later stub (cursor page-2) wins where it matches
    answer("/graphql", "IntegrationDefinitions", "{\"data\":{\"integrationDefinitions\":{\"definitions\":["
        + String.format(definition, "d-1", "AWS", "aws", "AWS", "aws") + "],\"pageInfo\":{\"endCursor\":\"page-2\",\"hasNextPage\":true}}}}");
    mocks.server().stubFor(post(urlPathEqualTo("/graphql")).atPriority(SCRIPTED)
        .withRequestBody(matchingJsonPath("$.variables.cursor", com.github.tomakehurst.wiremock.client.WireMock.equalTo("page-2")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
            "{\"data\":{\"integrationDefinitions\":{\"definitions\":[" + String.format(definition, "d-2", "GitHub", "github", "GitHub", "github")
                + "],\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false}}}}")));
    assertThat(j1.integrations().definitions().stream().map(IntegrationDefinition::getId)).containsExactly("d-1", "d-2");
  }

  @Test
  void aNullSuccessOfInvokeIntegrationInstanceIsNotAStart() {
    answer("/graphql", "InvokeIntegrationInstance", "{\"data\":{\"invokeIntegrationInstance\":{\"success\":null}}}");
    assertThat(j1.integrations().invoke("i-1")).isFalse();
  }

  @Test
  void queryV1ResultsCarryTotalCountAndCorrelationId() {
    answer("/graphql", "QueryV1", "{\"data\":{\"queryV1\":{\"type\":\"list\",\"data\":[{\"id\":\"e-1\",\"entity\":" + ENTITY
        + ",\"properties\":{}}],\"cursor\":null,\"totalCount\":1,\"correlationId\":\"c-1\"}}}");
    assertThat(j1.query("FIND Host").stream().count()).isEqualTo(1L);
  }
}
