package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.List;
import java.util.Map;

/**
 * Running queries: the node listings ({@code queries/{id}:nodes},
 * {@code queries/{id}/destination_nodes}, {@code query_spec:nodes},
 * {@code query_spec:destination_nodes}) and the result counts ({@code queries/{id}:result},
 * {@code query_spec:result}).
 *
 * <p>Each listing serves the {@link ExampleNodes} collection derived from the operation's
 * documented nodes, paged by {@link VezaPaging}; the counts are that collection's size. For the
 * query-spec calls the documented example whose request has the same source node type as the
 * request is used (an OktaUser query gets Okta users), otherwise the first one. The page
 * parameters are read from the query string, for {@code query_spec:nodes} and
 * {@code query_spec:result} also from the spec body (the query string wins). Saved-query calls
 * answer 404 NotFound for an unknown id. {@code properties_to_get} keeps only the named node
 * properties; {@code order_by}, {@code snapshot_id}, {@code source_node_id} and
 * {@code apply_risk_suppressed_constraint} are accepted and do not change the result.
 */
final class NodeResults {
  private final VezaState state;
  private final OpenApiDocument spec;

  NodeResults(VezaState state, OpenApiDocument spec) {
    this.state = state;
    this.spec = spec;
  }

  ResponseDefinition savedQueryNodes(MockCall call) {
    String id = call.pathParameter("id");
    if (!state.hasQuery(id)) {
      return SavedQueries.notFound(id);
    }
    return page(call, call.operation().example().path("values"), null, call.queryValues("properties_to_get"));
  }

  ResponseDefinition savedQueryResult(MockCall call) {
    String id = call.pathParameter("id");
    if (!state.hasQuery(id)) {
      return SavedQueries.notFound(id);
    }
    return count(spec.operation("GetAssessmentQueryNodes").example().path("values"));
  }

  ResponseDefinition specNodes(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String problem = QuerySpecs.problem(body);
    if (problem != null) {
      return VezaErrors.invalidArgument(problem);
    }
    return page(call, documentedNodes(call, body), body, List.of());
  }

  ResponseDefinition specDestinationNodes(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null) {
      return VezaErrors.invalidArgument("the body must be a JSON object {spec, source_node_id, snapshot_id}");
    }
    String problem = QuerySpecs.problem(body.get("spec"));
    if (problem != null) {
      return VezaErrors.invalidArgument("spec: " + problem);
    }
    return page(call, documentedNodes(call, body.get("spec")), null, List.of());
  }

  ResponseDefinition specResult(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String problem = QuerySpecs.problem(body);
    if (problem != null) {
      return VezaErrors.invalidArgument(problem);
    }
    return count(spec.operation("GetAssessmentQuerySpecNodes").example().path("values"));
  }

  private ResponseDefinition page(MockCall call, JsonNode documented, JsonNode body, List<String> propertiesToGet) {
    VezaPaging.Slice slice;
    try {
      int pageSize = VezaPaging.pageSize(parameter(call, body, "page_size"));
      slice = VezaPaging.slice(ExampleNodes.total(documented), pageSize, parameter(call, body, "page_token"));
    } catch (IllegalArgumentException e) {
      return VezaErrors.invalidArgument(e.getMessage());
    }
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    page.set("values", ExampleNodes.slice(documented, slice.from(), slice.to(), propertiesToGet));
    page.putArray("path_values");
    page.put("next_page_token", slice.nextPageToken());
    page.put("has_more", slice.hasMore());
    return json(200, page);
  }

  private static ResponseDefinition count(JsonNode documented) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("result_type", "number");
    result.put("number_value", Integer.toString(ExampleNodes.total(documented)));
    return json(200, result);
  }

  /** @return the query parameter, else the body field of the same name, else null */
  private static String parameter(MockCall call, JsonNode body, String name) {
    String value = call.query(name);
    if (value == null && body != null && body.path(name).isValueNode() && !body.path(name).isNull()) {
      value = body.get(name).asText();
    }
    return value;
  }

  /** The documented nodes of the example whose request has the same source node type. */
  private JsonNode documentedNodes(MockCall call, JsonNode querySpec) {
    String sourceType = QuerySpecs.sourceType(querySpec);
    String operationId = call.operation().operationId();
    for (Map.Entry<String, JsonNode> request : spec.requestExamples(operationId).entrySet()) {
      JsonNode documentedSpec = request.getValue().has("spec") ? request.getValue().get("spec") : request.getValue();
      JsonNode response = call.operation().examples().get(request.getKey());
      if (response != null && sourceType.equals(QuerySpecs.sourceType(documentedSpec))) {
        return response.path("values");
      }
    }
    return call.operation().example().path("values");
  }
}
