package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.error.ConflictException;
import io.secplat.core.error.NotFoundException;
import io.secplat.jupiterone.generated.graphql.Edge;
import io.secplat.jupiterone.generated.graphql.EdgeFilters;
import io.secplat.jupiterone.generated.graphql.EntityMutationPayload;
import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.graphql.Graph;
import io.secplat.jupiterone.generated.graphql.RelationshipMutationPayload;
import io.secplat.jupiterone.generated.graphql.Vertex;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Graph reads and entity/relationship mutations through the façade against the mock provider. */
class GraphTest extends JupiterOneMockTestBase {

  @Test
  void entitiesAreCreatedUpdatedAndDeleted() {
    EntityMutationPayload created = j1.entities().create("host-1", "my_host", List.of("Host", "Device"), Map.of("displayName", "Host 1", "cpus", 4),
        Instant.ofEpochMilli(1529329792552L));
    String id = created.getEntity().get_id();
    assertThat(created.getEntity().get_key()).isEqualTo("host-1");
    assertThat(created.getEntity().get_beginOn()).isEqualTo(1529329792552L);
    assertThat(created.getEntity().get_accountId()).isEqualTo("j1-acc-1");
    assertThat(created.getEntity().get_type()).containsExactly("my_host");
    assertThat(created.getEntity().get_class()).containsExactly("Host", "Device");
    assertThat(created.getVertex().getProperties().path("cpus").asInt()).isEqualTo(4);
    assertThat(body(lastRequest()).path("variables")).isEqualTo(json("{\"entityKey\":\"host-1\",\"entityType\":\"my_host\","
        + "\"entityClass\":[\"Host\",\"Device\"],\"timestamp\":1529329792552,\"properties\":{\"displayName\":\"Host 1\",\"cpus\":4}}"));

    EntityMutationPayload updated = j1.entities().update(id, Map.of("owner", "team-a"));
    assertThat(updated.getEntity().get_version()).isEqualTo(2);
    assertThat(updated.getVertex().getProperties().path("owner").asText()).isEqualTo("team-a");
    assertThat(j1.graph().vertex(id)).hasValueSatisfying(v -> assertThat(v.getEntity().getDisplayName()).isEqualTo("Host 1"));

    assertThatThrownBy(() -> j1.entities().create("host-1", "my_host", List.of("Host"), null)).isInstanceOf(ConflictException.class);
    assertThat(j1.entities().delete(id).getEntity().get_id()).isEqualTo(id);
    assertThat(j1.graph().vertex(id)).isEmpty();
    assertThatThrownBy(() -> j1.entities().delete(id))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("does not exist"));
  }

  @Test
  void relationshipsAreCreatedFoundAsEdgesUpdatedAndDeleted() {
    String app = j1.entities().create("app", "my_app", List.of("Application"), null).getEntity().get_id();
    String db = j1.entities().create("db", "my_db", List.of("Database"), null).getEntity().get_id();

    RelationshipMutationPayload uses = j1.relationships().create("app|uses|db", "my_app_uses_db", "USES", app, db,
        Map.of("port", 5432));
    String id = uses.getRelationship().get_id();
    assertThat(uses.getRelationship().get_fromEntityKey()).isEqualTo("app");
    assertThat(uses.getEdge().getToVertexId()).isEqualTo(db);

    assertThat(j1.graph().edge(id)).hasValueSatisfying(e -> assertThat(e.getProperties().path("port").asInt()).isEqualTo(5432));
    EdgeFilters matching = EdgeFilters.builder().set_type("my_app_uses_db").set_class("USES").build();
    assertThat(j1.graph().edge(id, "USES", matching)).isPresent();
    JsonNode variables = body(lastRequest()).path("variables");
    assertThat(variables.toString()).isEqualTo("{\"id\":\"" + id + "\",\"label\":\"USES\",\"filterType\":\"my_app_uses_db\","
        + "\"filterClass\":\"USES\"}");
    assertThat(body(lastRequest()).path("operationName").asText()).isEqualTo("EdgeFiltered");
    assertThat(j1.graph().edge(id, null, EdgeFilters.builder().set_class("OWNS").build())).isEmpty();

    assertThat(j1.relationships().update(id, Map.of("port", 6432)).getEdge().getProperties().path("port").asInt()).isEqualTo(6432);
    assertThat(j1.graph().neighbors(app, 1)).hasValueSatisfying(v -> {
      assertThat(v.getNeighbors().getVertices()).extracting(n -> n.getEntity().get_key()).containsExactly("app", "db");
      assertThat(v.getNeighbors().getEdges()).extracting(Edge::getId).containsExactly(id);
    });
    assertThat(j1.relationships().delete(id).getRelationship().get_id()).isEqualTo(id);
    assertThat(j1.graph().edge(id)).isEmpty();
    assertThatThrownBy(() -> j1.relationships().create("x", "t", "C", app, "no-such-entity", null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theCannedGraphHoldsTheIamEntities() {
    Graph graph = j1.graph().queryGraph();
    assertThat(graph.getVertices()).hasSize(32);
    assertThat(graph.getEdges()).hasSize(10).allMatch(e -> e.getRelationship().get_fromEntityKey().startsWith("iam-user-"));
  }

  @Test
  void neighborsGoAsDeepAsAsked() {
    String mochi = j1.query("FIND Person").iterator().next().path("id").asText();
    Optional<Vertex> two = j1.graph().neighbors(mochi, 2);
    assertThat(two).hasValueSatisfying(v -> assertThat(v.getNeighbors().getVertices())
        .extracting(n -> n.getEntity().get_key()).containsExactly("person-mochi", "iam-user-1", "iam-managed-policy-1"));
    assertThat(body(lastRequest()).path("variables").toString()).isEqualTo("{\"id\":\"" + mochi + "\",\"depth\":2}");
  }

  @Test
  void theCountsAreTheDocumentedSamples() {
    assertThat(j1.graph().typeCounts(List.of("User", "AccessPolicy"), FilterType.OR))
        .containsExactly(Map.entry("iam_user", 12L), Map.entry("iam_managed_policy", 10L), Map.entry("iam_role_policy", 10L));
    EntityCounts all = j1.graph().allEntityCounts();
    assertThat(all.classCounts()).containsEntry("User", 12L).containsEntry("AccessPolicy", 20L).containsEntry("Person", 1L);
    assertThat(all.typeCounts()).containsEntry("iam_user", 12L);
    VertexFilters users = VertexFilters.builder().set_class(List.of("User")).build();
    assertThat(j1.graph().entityCount(users, FilterType.AND)).isEqualTo(12L);
    assertThat(body(lastRequest()).path("variables").toString()).isEqualTo("{\"filters\":{\"_class\":[\"User\"]},\"filterType\":\"AND\"}");
  }

  @Test
  void listVerticesPagesLazilyWithTheEndCursorUntilNoNextPage() {
    J1.listPageSize(5);
    VertexFilters policies = VertexFilters.builder().set_class(List.of("AccessPolicy")).build();

    List<Vertex> first = j1.graph().listVertices(policies, FilterType.AND).stream().limit(6).collect(Collectors.toList());
    assertThat(first).hasSize(6);
    assertThat(requests("/graphql")).hasSize(2);

    mocks.server().resetRequests();
    List<String> all = j1.graph().listVertices(policies, null).stream().map(v -> v.getEntity().get_key()).collect(Collectors.toList());
    assertThat(all).hasSize(20).doesNotHaveDuplicates().startsWith("iam-managed-policy-1", "iam-role-policy-1");
    assertThat(requests("/graphql")).hasSize(4);
    assertThat(body(requests("/graphql").get(1)).path("variables").path("after").asText()).isNotBlank();
  }

  @Test
  void aCsvReportHandsBackItsStateFileLink() {
    Optional<URI> link = j1.graph().buildCsv(VertexFilters.builder().set_type(List.of("iam_user")).build(), Map.of(), FilterType.OR);
    assertThat(link).hasValueSatisfying(uri -> assertThat(uri.toString()).startsWith(mocks.baseUrl() + "/j1-csv/"));
    assertThat(body(lastRequest()).path("variables").toString())
        .isEqualTo("{\"filters\":{\"_type\":[\"iam_user\"]},\"propertyFilters\":{},\"filterType\":\"OR\"}");
  }
}
