package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.data;
import static io.secplat.contract.jupiterone.JupiterOnePact.document;
import static io.secplat.contract.jupiterone.JupiterOnePact.graphQl;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.jupiterone.EntityCounts;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.EdgeFilters;
import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.graphql.Graph;
import io.secplat.jupiterone.generated.graphql.Vertex;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Graph reads on /graphql. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneGraphPactTest {
  static final String VERTEX_ID = JupiterOnePact.ENTITY_ID;
  static final String EDGE_ID = JupiterOnePact.RELATIONSHIP_ID;
  static final String STATE = "host-1 (" + VERTEX_ID + ") uses db over edge " + EDGE_ID;

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact queryGraph(PactDslWithProvider builder) {
    return graphQl(builder, STATE, "a request for the canned graph", "/graphql", document("queryGraph"), v -> { })
        .willRespondWith().status(200)
        .body(data("queryGraph", g -> {
          PactDslJsonBody vertex = g.minArrayLike("vertices", 1);
          JupiterOnePact.vertex(vertex);
          vertex.closeObject().closeArray();
          // the canned graph's edges are any relationships: their custom properties are not this edge's
          PactDslJsonBody edge = g.minArrayLike("edges", 1);
          JupiterOnePact.edgeShape(edge);
          edge.object("properties").closeObject();
          edge.closeObject().closeArray();
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "queryGraph")
  void queryGraph(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      Graph graph = j1.graph().queryGraph();
      assertThat(graph.getVertices()).singleElement().satisfies(v -> assertThat(v.getEntity().get_key()).isEqualTo("host-1"));
      assertThat(graph.getEdges()).singleElement().satisfies(e -> assertThat(e.getRelationship().get_toEntityKey()).isEqualTo("db"));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact vertex(PactDslWithProvider builder) {
    return graphQl(builder, STATE, "a request for a vertex", "/graphql", document("vertex"),
            v -> v.stringType("id", VERTEX_ID).object("filters").array("_class").stringType("Host").closeArray().closeObject())
        .willRespondWith().status(200)
        .body(data("vertex", JupiterOnePact::vertex))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "vertex")
  void vertex(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().vertex(VERTEX_ID, VertexFilters.builder().set_class(List.of("Host")).build()))
          .hasValueSatisfying(v -> assertThat(v.getProperties().path("displayName").asText()).isEqualTo("Host 1"));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact vertexNeighbors(PactDslWithProvider builder) {
    return graphQl(builder, STATE, "a request for a vertex and its neighbors", "/graphql", document("vertexNeighbors"),
            v -> v.stringType("id", VERTEX_ID).integerType("depth", 2))
        .willRespondWith().status(200)
        .body(data("vertex", vertex -> {
          JupiterOnePact.vertex(vertex);
          PactDslJsonBody neighbors = vertex.object("neighbors");
          PactDslJsonBody near = neighbors.minArrayLike("vertices", 1);
          JupiterOnePact.vertex(near);
          near.closeObject().closeArray();
          PactDslJsonBody edges = neighbors.minArrayLike("edges", 1);
          JupiterOnePact.edge(edges);
          edges.closeObject().closeArray();
          neighbors.closeObject();
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "vertexNeighbors")
  void vertexNeighbors(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().neighbors(VERTEX_ID, 2)).hasValueSatisfying(v -> {
        assertThat(v.getNeighbors().getVertices()).hasSize(1);
        assertThat(v.getNeighbors().getEdges()).hasSize(1);
      });
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact edge(PactDslWithProvider builder) {
    return graphQl(builder, STATE, "a request for an edge", "/graphql", document("edge"), v -> v.stringType("id", EDGE_ID))
        .willRespondWith().status(200)
        .body(data("edge", JupiterOnePact::edge))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "edge")
  void edge(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().edge(EDGE_ID)).hasValueSatisfying(e -> assertThat(e.getProperties().path("port").asInt()).isEqualTo(5432));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact edgeFiltered(PactDslWithProvider builder) {
    return graphQl(builder, STATE, "a request for an edge with a label and relationship filters", "/graphql",
            document("edgeFiltered"), v -> v.stringType("id", EDGE_ID).stringType("label", "USES")
                .stringType("filterType", "my_app_uses_db").stringType("filterClass", "USES"))
        .willRespondWith().status(200)
        .body(data("edge", JupiterOnePact::edge))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "edgeFiltered")
  void edgeFiltered(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      EdgeFilters filters = EdgeFilters.builder().set_type("my_app_uses_db").set_class("USES").build();
      assertThat(j1.graph().edge(EDGE_ID, "USES", filters)).isPresent();
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact entityCount(PactDslWithProvider builder) {
    return graphQl(builder, "the account has 40 users", "a request to count the entities of a class", "/graphql",
            document("entityCount"), v -> v.stringMatcher("filterType", "AND|OR", "AND")
                .object("filters").array("_class").stringType("User").closeArray().closeObject())
        .willRespondWith().status(200)
        .body(count("entityCount", 40))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "entityCount")
  void entityCount(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().entityCount(VertexFilters.builder().set_class(List.of("User")).build(), FilterType.AND))
          .isEqualTo(40L);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact allEntityCounts(PactDslWithProvider builder) {
    return graphQl(builder, "the account has IAM users and policies", "a request for all entity counts", "/graphql",
            document("allEntityCounts"), v -> { })
        .willRespondWith().status(200)
        .body(data("allEntityCounts", c -> {
          c.object("typeCounts").integerType("iam_user", 12).integerType("iam_managed_policy", 10)
              .integerType("iam_role_policy", 10).closeObject();
          c.object("classCounts").integerType("User", 12).integerType("AccessPolicy", 20).closeObject();
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "allEntityCounts")
  void allEntityCounts(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      EntityCounts counts = j1.graph().allEntityCounts();
      assertThat(counts.classCounts()).containsEntry("AccessPolicy", 20L);
      assertThat(counts.typeCounts()).hasSize(3);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact typeCounts(PactDslWithProvider builder) {
    return graphQl(builder, "the account has IAM users and policies", "a request for the entity counts per type of classes",
            "/graphql", document("typeCounts"), v -> v.array("classes").stringType("User").stringType("AccessPolicy").closeArray()
                .asBody().stringMatcher("filterType", "AND|OR", "OR"))
        .willRespondWith().status(200)
        .body(data("typeCounts", c -> c.integerType("iam_user", 12).integerType("iam_managed_policy", 10)
            .integerType("iam_role_policy", 10)))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "typeCounts")
  void typeCounts(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().typeCounts(List.of("User", "AccessPolicy"), FilterType.OR)).containsEntry("iam_user", 12L).hasSize(3);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact listVertices(PactDslWithProvider builder) {
    return graphQl(builder, "the account has one device", "a request to list the vertices of a class", "/graphql",
            document("listVertices"), v -> v.stringMatcher("filterType", "AND|OR", "OR")
                .object("filters").array("_class").stringType("Device").closeArray().closeObject())
        .willRespondWith().status(200)
        .body(data("listVertices", page -> {
          PactDslJsonBody vertex = page.minArrayLike("vertices", 1);
          JupiterOnePact.vertex(vertex);
          vertex.closeObject().closeArray();
          page.integerType("total", 1);
          JupiterOnePact.pageInfo(page, false);
        }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "listVertices")
  void listVertices(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      List<Vertex> vertices = j1.graph().listVertices(VertexFilters.builder().set_class(List.of("Device")).build(), FilterType.OR)
          .stream().collect(Collectors.toList());
      assertThat(vertices).singleElement().satisfies(v -> assertThat(v.getId()).isEqualTo(VERTEX_ID));
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact buildCsv(PactDslWithProvider builder) {
    return graphQl(builder, "the account has IAM users", "a request to build a CSV report", "/graphql", document("buildCsv"),
            v -> v.object("filters").array("_type").stringType("iam_user").closeArray().closeObject())
        .willRespondWith().status(200)
        .body(data("buildCsv", c -> c.stringMatcher("stateFileUrl", "https?://.+", "https://example.com/csv/state.json")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "buildCsv")
  void buildCsv(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.graph().buildCsv(VertexFilters.builder().set_type(List.of("iam_user")).build(), null, null))
          .hasValueSatisfying(uri -> assertThat(uri).hasToString("https://example.com/csv/state.json"));
    }
  }

  /** Production answers entityCount with one Int: {@code {"data": {"entityCount": 40}}}. */
  private static DslPart count(String field, int value) {
    return new PactDslJsonBody().object("data").integerType(field, value).closeObject();
  }
}
