package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.jupiterone.generated.graphql.Edge;
import io.secplat.jupiterone.generated.graphql.Vertex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every J1QL answer shape through the façade: trees, tables with aliased columns, aggregations. */
class J1qlAnswerShapesTest extends JupiterOneMockTestBase {

  /** A row of an aggregation with aliased columns. */
  record ActivePolicies(@JsonProperty("active") boolean active, @JsonProperty("policies") long policies) {}

  /** A row of projections without aliases: columns named selector.property. */
  record PersonUser(@JsonProperty("p.name") String person, @JsonProperty("u.username") String user) {}

  @Test
  void aReturnTreeAnswerComesBackAsVerticesAndEdges() {
    J1qlTree tree = j1.queryTree("FIND Person THAT IS User RETURN TREE", QueryOptions.defaults());

    assertThat(tree.vertices()).extracting(v -> v.getEntity().getDisplayName()).containsExactly("Mochi", "user1");
    Edge edge = tree.edges().get(0);
    assertThat(tree.edges()).hasSize(1);
    Vertex person = tree.vertices().get(0);
    assertThat(edge.getFromVertexId()).isEqualTo(person.getId());
    assertThat(edge.getToVertexId()).isEqualTo(tree.vertices().get(1).getId());
    assertThat(edge.getRelationship().getDisplayName()).isEqualTo("IS");
  }

  @Test
  void aQueryWithoutReturnTreeIsNotReadAsATree() {
    assertThatThrownBy(() -> j1.queryTree("FIND Person", QueryOptions.defaults()))
        .isInstanceOf(UndecodableResponseException.class)
        .hasStackTraceContaining("does the query end in RETURN TREE?");
  }

  @Test
  void aggregationsWithAliasedColumnsDecodeIntoTheCallersType() {
    List<ActivePolicies> rows = j1.query("FIND User AS u THAT ASSIGNED AccessPolicy AS p "
        + "RETURN u.active AS active, count(p) AS policies", QueryOptions.defaults(), ActivePolicies.class).stream().toList();

    assertThat(rows).containsExactly(new ActivePolicies(true, 8), new ActivePolicies(false, 2));
  }

  @Test
  void projectionsAcrossATraversalDecodeByTheirColumnNames() {
    List<PersonUser> rows = j1.query("FIND Person AS p THAT IS User AS u RETURN p.name, u.username",
        QueryOptions.defaults(), PersonUser.class).stream().toList();

    assertThat(rows).containsExactly(new PersonUser("Mochi", "user1"));
  }
}
