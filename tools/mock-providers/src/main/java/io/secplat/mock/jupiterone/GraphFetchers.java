package io.secplat.mock.jupiterone;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolvers of the graph endpoint's reads: J1QL (inline and deferred), the canned graph, vertex
 * and neighbors, edge, the three counts and listVertices.
 */
final class GraphFetchers {
  private final Graph graph;
  private final J1qlEngine j1ql;
  private final DeferredResults deferred;
  private final MockSettings settings;

  GraphFetchers(Graph graph, DeferredResults deferred, MockSettings settings) {
    this.graph = graph;
    this.j1ql = new J1qlEngine(graph);
    this.deferred = deferred;
    this.settings = settings;
  }

  static String account(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get("accountId");
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("queryV1", this::queryV1)
        .dataFetcher("queryGraph", this::queryGraph)
        .dataFetcher("vertex", this::vertex)
        .dataFetcher("edge", this::edge)
        .dataFetcher("entityCount", this::entityCount)
        .dataFetcher("allEntityCounts", this::allEntityCounts)
        .dataFetcher("typeCounts", this::typeCounts)
        .dataFetcher("listVertices", this::listVertices));
    wiring.type("Vertex", type -> type.dataFetcher("neighbors", this::neighbors));
  }

  private Object queryV1(DataFetchingEnvironment env) {
    String text = env.getArgument("query");
    Map<String, Object> variables = env.getArgument("variables");
    J1qlEngine.Result page;
    try {
      page = j1ql.run(text, variables, env.getArgument("cursor"), settings.j1qlPageSize, account(env));
    } catch (J1qlException e) {
      throw MockGraphQlError.badInput(e.getMessage());
    }
    Map<String, Object> answer = new LinkedHashMap<>(page.asMap());
    String correlationId = java.util.UUID.randomUUID().toString();
    answer.put("correlationId", correlationId);
    if (!"FORCE".equals(env.getArgument("deferredResponse"))) {
      return answer;
    }
    String base = settings.deferredLinkBase != null ? settings.deferredLinkBase : env.getGraphQlContext().get("base");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("type", "deferred");
    result.put("url", deferred.create(answer, settings.deferredPollsInProgress, base));
    result.put("correlationId", correlationId);
    return result;
  }

  /** The canned IAM graph: every iam_* entity and the relationships between them. */
  private Object queryGraph(DataFetchingEnvironment env) {
    List<Map<String, Object>> vertices = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (GraphEntity entity : graph.entities()) {
      if (entity.type.startsWith("iam_")) {
        vertices.add(entity.vertex(account(env)));
        ids.add(entity.id);
      }
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (GraphRelationship relationship : graph.relationships()) {
      if (ids.contains(relationship.fromId) && ids.contains(relationship.toId)) {
        edges.add(relationship.edge(account(env), graph));
      }
    }
    return graphOf(vertices, edges);
  }

  private Object vertex(DataFetchingEnvironment env) {
    GraphEntity entity = graph.entity(env.getArgument("id"));
    return entity != null && Filters.matches(entity, env.getArgument("filters"), "AND") ? entity.vertex(account(env)) : null;
  }

  private Object neighbors(DataFetchingEnvironment env) {
    Map<String, Object> source = env.getSource();
    Integer depth = env.getArgument("depth");
    int levels = depth == null ? 1 : depth;
    if (levels < 1 || levels > 5) {
      throw MockGraphQlError.badInput("depth must be between 1 and 5 inclusive, was " + levels);
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> edgeIds = new LinkedHashSet<>();
    Deque<String> frontier = new ArrayDeque<>(List.of((String) source.get("id")));
    seen.addAll(frontier);
    List<GraphRelationship> relationships = graph.relationships();
    for (int level = 0; level < levels && !frontier.isEmpty(); level++) {
      Deque<String> next = new ArrayDeque<>();
      for (String id : frontier) {
        for (GraphRelationship r : relationships) {
          if (r.fromId.equals(id) || r.toId.equals(id)) {
            edgeIds.add(r.id);
            String other = r.fromId.equals(id) ? r.toId : r.fromId;
            if (seen.add(other)) {
              next.add(other);
            }
          }
        }
      }
      frontier = next;
    }
    List<Map<String, Object>> vertices = new ArrayList<>();
    seen.forEach(id -> {
      GraphEntity entity = graph.entity(id);
      if (entity != null) {
        vertices.add(entity.vertex(account(env)));
      }
    });
    List<Map<String, Object>> edges = new ArrayList<>();
    edgeIds.forEach(id -> edges.add(graph.relationship(id).edge(account(env), graph)));
    return graphOf(vertices, edges);
  }

  private Object edge(DataFetchingEnvironment env) {
    GraphRelationship relationship = graph.relationship(env.getArgument("id"));
    if (relationship == null) {
      return null;
    }
    String label = env.getArgument("label");
    Map<String, Object> filters = env.getArgument("filters");
    boolean labelled = label == null || label.equals(relationship.relationshipClass) || label.equals(relationship.type);
    boolean filtered = filters == null
        || (same(filters.get("_id"), relationship.id) && same(filters.get("_key"), relationship.key)
            && same(filters.get("_type"), relationship.type) && same(filters.get("_class"), relationship.relationshipClass));
    return labelled && filtered ? relationship.edge(account(env), graph) : null;
  }

  private static boolean same(Object expected, String actual) {
    return expected == null || expected.equals(actual);
  }

  private Object entityCount(DataFetchingEnvironment env) {
    Map<String, Object> filters = env.getArgument("filters");
    String filterType = env.getArgument("filterType");
    int count = 0;
    for (GraphEntity entity : graph.entities()) {
      if (Filters.matches(entity, filters, filterType)) {
        count++;
      }
    }
    return count; // production answers one Int
  }

  private Object allEntityCounts(DataFetchingEnvironment env) {
    Map<String, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> classes = new LinkedHashMap<>();
    for (GraphEntity entity : graph.entities()) {
      types.merge(entity.type, 1, Integer::sum);
      entity.classes.forEach(c -> classes.merge(c, 1, Integer::sum));
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("typeCounts", types);
    counts.put("classCounts", classes);
    return counts;
  }

  private Object typeCounts(DataFetchingEnvironment env) {
    List<?> classes = env.getArgument("classes");
    String filterType = env.getArgument("filterType");
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (GraphEntity entity : graph.entities()) {
      if (Filters.matchesClasses(entity, classes, filterType)) {
        counts.merge(entity.type, 1, Integer::sum);
      }
    }
    return counts;
  }

  private Object listVertices(DataFetchingEnvironment env) {
    Map<String, Object> filters = env.getArgument("filters");
    String filterType = env.getArgument("filterType");
    List<Map<String, Object>> vertices = new ArrayList<>();
    for (GraphEntity entity : graph.entities()) {
      if (Filters.matches(entity, filters, filterType)) {
        vertices.add(entity.vertex(account(env)));
      }
    }
    Map<String, Object> page = PageInfoPaging.page("vertices", "vertices", vertices, settings.listPageSize,
        env.getArgument("after"));
    page.put("total", vertices.size());
    return page;
  }

  static Map<String, Object> graphOf(List<Map<String, Object>> vertices, List<Map<String, Object>> edges) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("vertices", vertices);
    result.put("edges", edges);
    return result;
  }
}
