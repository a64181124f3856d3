package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Arguments;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.core.paging.Page;
import io.secplat.core.paging.PagedIterable;
import io.secplat.core.paging.TokenPaging;
import io.secplat.jupiterone.generated.graphql.Edge;
import io.secplat.jupiterone.generated.graphql.Vertex;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * J1QL queries (queryV1), as lazy sequences of rows over every page: the next page is asked for,
 * with the previous page's cursor, only when the rows before it are used up; paging ends when the
 * cursor is null. The J1QL text and its parameters always travel as GraphQL variables.
 */
final class J1ql {
  private final Endpoint graph;
  private final DeferredQueries deferred;

  J1ql(Endpoint graph, DeferredQueries deferred) {
    this.graph = graph;
    this.deferred = deferred;
  }

  PagedIterable<JsonNode> rows(String query, QueryOptions options) {
    Arguments.requireNonBlank("query", query);
    Arguments.requireNonNull("options", options);
    return TokenPaging.iterate("JupiterOne", "queryV1 (J1QL cursor)", cursor -> {
      J1qlPage page = page(query, options, cursor);
      return new TokenPaging.Slice<>(page.rows(), page.cursor(), null);
    });
  }

  <T> PagedIterable<T> rows(String query, QueryOptions options, Class<T> rowType) {
    Arguments.requireNonNull("rowType", rowType);
    PagedIterable<JsonNode> rows = rows(query, options);
    return new PagedIterable<>(() -> typed(rows.pages().iterator(), rowType));
  }

  /**
   * A RETURN TREE answer: the vertices and edges of every page, each once (JupiterOne's Node client
   * joins a tree's pages the same way).
   */
  J1qlTree tree(String query, QueryOptions options) {
    java.util.Map<String, Vertex> vertices = new java.util.LinkedHashMap<>();
    java.util.Map<String, Edge> edges = new java.util.LinkedHashMap<>();
    for (JsonNode row : rows(query, options)) {
      if (!row.path("vertices").isArray() || !row.path("edges").isArray()) {
        throw graph.undecodable(new IllegalStateException("the J1QL answer is not a tree (vertices and edges); "
            + "does the query end in RETURN TREE?"));
      }
      J1qlTree page = graph.decode(row, graph.json().constructType(J1qlTree.class));
      page.vertices().forEach(v -> vertices.putIfAbsent(v.getId(), v));
      page.edges().forEach(e -> edges.putIfAbsent(e.getId(), e));
    }
    return new J1qlTree(List.copyOf(vertices.values()), List.copyOf(edges.values()));
  }

  /** Decodes one page of rows; the next page is fetched only when it is asked for. */
  private <T> Page<T> typed(Iterator<Page<JsonNode>> pages, Class<T> rowType) {
    Page<JsonNode> page = pages.next();
    List<T> items = page.items().stream().map(row -> graph.<T>decode(row, graph.json().constructType(rowType)))
        .collect(Collectors.toList());
    return pages.hasNext() ? Page.of(items, () -> typed(pages, rowType)) : Page.last(items);
  }

  private J1qlPage page(String query, QueryOptions options, String cursor) {
    Map<String, Object> variables = Endpoint.variables("query", query,
        "variables", options.variables().isEmpty() ? null : options.variables(), "cursor", cursor);
    if (options.isIncludeDeleted()) {
      variables.put("includeDeleted", true);
    }
    if (!options.isDeferred()) {
      GraphQlOperation operation = options.isIncludeDeleted() ? Operations.QUERY_V1_INCLUDE_DELETED : Operations.QUERY_V1;
      return inline(graph.call(operation, "queryV1", variables));
    }
    variables.put("deferredResponse", "FORCE");
    GraphQlOperation operation = options.isIncludeDeleted()
        ? Operations.QUERY_V1_DEFERRED_INCLUDE_DELETED : Operations.QUERY_V1_DEFERRED;
    JsonNode answer = graph.call(operation, "queryV1", variables);
    if (answer == null || !"deferred".equals(answer.path("type").asText())) {
      throw graph.undecodable(new IllegalStateException("queryV1 with deferredResponse FORCE answered "
          + (answer == null ? "null" : "type " + answer.path("type").asText()) + " instead of type deferred"));
    }
    return deferred.await(answer.path("url").asText(null), options.poller(), graph.json());
  }

  private J1qlPage inline(JsonNode answer) {
    if (answer == null || !answer.has("type")) {
      throw graph.undecodable(new IllegalStateException("queryV1 answered without a result type"));
    }
    JsonNode cursor = answer.path("cursor");
    return new J1qlPage(answer.path("type").asText(), answer.path("data"),
        cursor.isTextual() && !cursor.asText().isEmpty() ? cursor.asText() : null);
  }
}
