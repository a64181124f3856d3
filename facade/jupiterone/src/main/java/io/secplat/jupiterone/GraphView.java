package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.core.paging.PagedIterable;
import io.secplat.jupiterone.generated.graphql.Edge;
import io.secplat.jupiterone.generated.graphql.EdgeFilters;
import io.secplat.jupiterone.generated.graphql.FilterType;
import io.secplat.jupiterone.generated.graphql.Graph;
import io.secplat.jupiterone.generated.graphql.Vertex;
import io.secplat.jupiterone.generated.graphql.VertexFilters;
import io.secplat.jupiterone.generated.graphql.VertexPage;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the graph ({@code /graphql}): the canned IAM graph, vertices with their neighbors,
 * edges, entity counts, listed vertices (lazy pages) and CSV reports.
 *
 * <pre>{@code
 * VertexFilters users = VertexFilters.builder().set_class(List.of("User")).build();
 * long n = j1.graph().listVertices(users, FilterType.AND).stream().count();
 * Map<String, Long> perType = j1.graph().typeCounts(List.of("User"), FilterType.AND);
 * }</pre>
 */
public final class GraphView {
  private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};
  private final Endpoint graph;

  GraphView(Endpoint graph) {
    this.graph = graph;
  }

  /** @return the canned graph JupiterOne answers to queryGraph (today: IAM role data) */
  @Operation("queryGraph")
  public Graph queryGraph() {
    return graph.call(Operations.QUERY_GRAPH, "queryGraph", Map.of(), Graph.class);
  }

  /**
   * @param id the vertex id
   * @return the vertex, or empty when there is none
   */
  @Operation("vertex")
  public Optional<Vertex> vertex(String id) {
    return vertex(id, null);
  }

  /**
   * @param id the vertex id
   * @param filters filters the vertex must also match, or null
   * @return the vertex, or empty when there is none (or it does not match)
   */
  @Operation("vertex")
  public Optional<Vertex> vertex(String id, VertexFilters filters) {
    Map<String, Object> vars = variables("id", Arguments.requireNonBlank("id", id), "filters", filters);
    return Optional.ofNullable(graph.call(Operations.VERTEX, "vertex", vars, Vertex.class));
  }

  /**
   * @param id the vertex id
   * @param depth how many levels of neighbors, 1 to 5
   * @return the vertex with {@code neighbors} filled in, or empty when there is none
   */
  @Operation("vertex")
  public Optional<Vertex> neighbors(String id, int depth) {
    Arguments.requireNonBlank("id", id);
    if (depth < 1 || depth > 5) {
      throw new IllegalArgumentException("depth must be between 1 and 5, was " + depth);
    }
    return Optional.ofNullable(graph.call(Operations.VERTEX_NEIGHBORS, "vertex", variables("id", id, "depth", depth),
        Vertex.class));
  }

  /**
   * @param id the edge id
   * @return the edge, or empty when there is none
   */
  @Operation("edge")
  public Optional<Edge> edge(String id) {
    return edge(id, null, null);
  }

  /**
   * @param id the edge id
   * @param label the label the edge must have, or null
   * @param filters relationship filters the edge must match, or null (sent as an inline object of
   *     scalar variables, never as a variable of the invented type EdgeFilters)
   * @return the edge, or empty when there is none (or it does not match)
   */
  @Operation("edge")
  public Optional<Edge> edge(String id, String label, EdgeFilters filters) {
    Map<String, Object> vars = variables("id", Arguments.requireNonBlank("id", id), "label", label);
    if (filters == null) {
      return Optional.ofNullable(graph.call(Operations.EDGE, "edge", vars, Edge.class));
    }
    vars.put("filterId", filters.get_id());
    vars.put("filterKey", filters.get_key());
    vars.put("filterType", filters.get_type());
    vars.put("filterClass", filters.get_class());
    return Optional.ofNullable(graph.call(Operations.EDGE_FILTERED, "edge", vars, Edge.class));
  }

  /**
   * Counts the latest versions of the matching entities.
   *
   * @param filters which entities, or null for all
   * @param filterType how the filter lists combine, or null for AND
   * @return the number of matching entities (production answers one integer)
   */
  @Operation("entityCount")
  public long entityCount(VertexFilters filters, FilterType filterType) {
    Long count = graph.call(Operations.ENTITY_COUNT, "entityCount", variables("filters", filters, "filterType", filterType),
        Long.class);
    return count == null ? 0L : count;
  }

  /** @return the entity counts per type and per class */
  @Operation("allEntityCounts")
  public EntityCounts allEntityCounts() {
    JsonNode counts = graph.call(Operations.ALL_ENTITY_COUNTS, "allEntityCounts", Map.of());
    if (counts == null) {
      return new EntityCounts(Map.of(), Map.of());
    }
    return new EntityCounts(counts(counts.get("typeCounts")), counts(counts.get("classCounts")));
  }

  /**
   * @param classes entity classes, not empty
   * @param filterType how the classes combine, or null for AND
   * @return entity counts per type among the entities of those classes
   */
  @Operation("typeCounts")
  public Map<String, Long> typeCounts(List<String> classes, FilterType filterType) {
    Arguments.requireNonNull("classes", classes);
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("classes must not be empty");
    }
    return counts(graph.call(Operations.TYPE_COUNTS, "typeCounts", variables("classes", classes, "filterType", filterType)));
  }

  /**
   * Lists the latest versions of the matching entities, a page at a time, lazily.
   *
   * @param filters which entities, or null for all
   * @param filterType how the filter lists combine, or null for AND
   * @return the vertices
   */
  @Operation("listVertices")
  public PagedIterable<Vertex> listVertices(VertexFilters filters, FilterType filterType) {
    return JupiterOnePaging.pageInfo(
        after -> graph.call(Operations.LIST_VERTICES, "listVertices",
            variables("filters", filters, "filterType", filterType, "after", after), VertexPage.class),
        VertexPage::getVertices, VertexPage::getPageInfo);
  }

  /**
   * Starts a CSV report of the matching entities. The docs do not say what the state file holds
   * or how the CSV is then fetched, so the link is returned as it is (AMB-17).
   *
   * @param filters which entities, or null for all
   * @param propertyFilters property filters (shape undocumented), or null
   * @param filterType how the filter lists combine, or null
   * @return the state file link, or empty when the server gave none
   */
  @Operation("buildCsv")
  public Optional<URI> buildCsv(VertexFilters filters, Map<String, ?> propertyFilters, FilterType filterType) {
    JsonNode answer = graph.call(Operations.BUILD_CSV, "buildCsv",
        variables("filters", filters, "propertyFilters", propertyFilters, "filterType", filterType));
    String link = answer == null ? null : answer.path("stateFileUrl").asText(null);
    if (link == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(link));
    } catch (IllegalArgumentException e) {
      throw graph.undecodable(e);
    }
  }

  private Map<String, Long> counts(JsonNode counts) {
    Map<String, Long> decoded = graph.decode(counts, graph.json().constructType(COUNTS));
    return decoded == null ? Map.of() : decoded;
  }
}
