package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.graphql.Vertex;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import io.secplat.jupiterone.generated.model.SyncEntity;
import io.secplat.jupiterone.generated.model.SyncRelationship;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a finalized sync job uploaded can be read back through GraphQL and J1QL, as in production. */
class SyncIntoGraphTest extends JupiterOneMockTestBase {

  @Test
  void entitiesAndRelationshipsOfAFinishedJobAreQueryableAndADiffJobRemovesWhatItNoLongerHolds() {
    SyncReport report = j1.sync().run(SyncJobSpec.diff("cmdb"),
        IntStream.range(0, 3).mapToObj(i -> new SyncEntity().key("cmdb-" + i).type("cmdb_host").propertyClass("Host")
            .displayName("cmdb host " + i).putAdditionalProperty("rack", "r" + i)),
        Stream.of(new SyncRelationship().key("cmdb-0|connects|cmdb-1").type("cmdb_host_connects_host").propertyClass("CONNECTS")
            .fromEntityKey("cmdb-0").toEntityKey("cmdb-1")));
    assertThat(report.job().getStatus()).isEqualTo("FINISHED");

    VertexFilters hosts = VertexFilters.builder().set_type(List.of("cmdb_host")).build();
    List<Vertex> vertices = j1.graph().listVertices(hosts, FilterType.AND).stream().toList();
    assertThat(vertices).extracting(v -> v.getEntity().getDisplayName()).containsExactly("cmdb host 0", "cmdb host 1", "cmdb host 2");
    assertThat(vertices.get(0).getEntity().get_type()).containsExactly("cmdb_host");
    assertThat(vertices.get(0).getEntity().get_class()).containsExactly("Host");
    assertThat(vertices.get(2).getProperties().path("rack").asText()).isEqualTo("r2");
    assertThat(j1.graph().neighbors(vertices.get(0).getId(), 1)).hasValueSatisfying(v ->
        assertThat(v.getNeighbors().getEdges()).singleElement().satisfies(e -> assertThat(e.getToVertexId()).isEqualTo(vertices.get(1).getId())));
    List<JsonNode> rows = j1.query("FIND cmdb_host").stream().toList();
    assertThat(rows).hasSize(3);

    j1.sync().run(SyncJobSpec.diff("cmdb"), Stream.of(new SyncEntity().key("cmdb-0").type("cmdb_host").propertyClass("Host")
        .displayName("cmdb host 0, again")), Stream.empty());
    assertThat(j1.graph().listVertices(hosts, FilterType.AND).stream().map(v -> v.getEntity().getDisplayName()))
        .containsExactly("cmdb host 0, again");
  }
}
