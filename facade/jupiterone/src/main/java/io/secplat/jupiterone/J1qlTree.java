package io.secplat.jupiterone;

import io.secplat.jupiterone.generated.graphql.Edge;
import io.secplat.jupiterone.generated.graphql.Vertex;
import java.util.List;

/**
 * The answer of a J1QL query that ends in {@code RETURN TREE}: every entity (vertex) and
 * relationship (edge) the matching traversals crossed, each once, in the shapes of the GraphQL
 * schema's {@code Vertex} and {@code Edge}.
 *
 * <pre>{@code
 * J1qlTree tree = j1.queryTree("FIND Firewall THAT PROTECTS Host WITH public = true RETURN TREE",
 *     QueryOptions.defaults());
 * tree.edges().forEach(e -> System.out.println(e.getFromVertexId() + " -> " + e.getToVertexId()));
 * }</pre>
 *
 * @param vertices the entities
 * @param edges the relationships
 */
public record J1qlTree(List<Vertex> vertices, List<Edge> edges) {
  /** Copies the lists: a tree does not change after it is read. */
  public J1qlTree {
    vertices = vertices == null ? List.of() : List.copyOf(vertices);
    edges = edges == null ? List.of() : List.copyOf(edges);
  }
}
