package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.OpenApiDocument;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The saved-query calls: list, create, get, update (full replace), delete. A saved query is stored
 * in the AssessmentQuery shape: the request fields that AssessmentQuery also has, plus the
 * server's fields ({@code id}, owner and time stamps, result, {@code source_type},
 * {@code destination_types}) and the documented defaults of visibility, risk level, analysis type
 * and node relationship type.
 */
final class SavedQueries {
  /** The creator and owner of queries created through the mock. */
  static final String MOCK_USER = "00000000-0000-4000-8000-00000000cafe";
  private static final Map<String, String> DEFAULTS = Map.of("visibility", "PUBLIC", "risk_level", "NONE",
      "analysis_type", "UNSET", "node_relationship_type", "EFFECTIVE_ACCESS");

  private final VezaState state;
  private final Set<String> createFields;
  private final Set<String> updateFields;

  SavedQueries(VezaState state, OpenApiDocument spec) {
    this.state = state;
    Set<String> stored = properties(spec.schema("AssessmentQuery"));
    this.createFields = properties(spec.schema("CreateAssessmentQueryRequest"));
    this.createFields.retainAll(stored);
    this.updateFields = properties(spec.schema("UpdateAssessmentQueryRequest"));
    this.updateFields.retainAll(stored);
  }

  ResponseDefinition list(MockCall call) {
    int pageSize;
    VezaPaging.Page<ObjectNode> page;
    try {
      String sizeText = call.query("page_size");
      Integer size = MockCall.integer(sizeText);
      if (sizeText != null && (size == null || size < 0)) {
        throw new IllegalArgumentException("page_size must be a non-negative int32, was \"" + sizeText + "\"");
      }
      pageSize = VezaPaging.pageSize(size == null ? null : size.toString());
      QueryFilter filter = QueryFilter.parse(call.query("filter"));
      boolean risksOnly = "true".equalsIgnoreCase(call.query("risks_only")) || "true".equalsIgnoreCase(call.query("violations_only"));
      Predicate<JsonNode> listed = filter.passesEverything() && !risksOnly ? null
          : query -> filter.test(query) && (!risksOnly || hasRisk(query));
      page = VezaPaging.page(state.queries(), listed, pageSize, call.query("page_token"));
    } catch (IllegalArgumentException e) {
      return VezaErrors.invalidArgument(e.getMessage());
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode values = body.putArray("values");
    page.items().forEach(query -> values.add(query.deepCopy()));
    body.put("next_page_token", page.slice().nextPageToken());
    body.put("has_more", page.slice().hasMore());
    return json(200, body);
  }

  ResponseDefinition create(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String problem = QuerySpecs.problem(body);
    if (problem != null) {
      return VezaErrors.invalidArgument(problem);
    }
    String now = Instant.now().toString();
    ObjectNode query = JsonNodeFactory.instance.objectNode();
    query.put("id", UUID.randomUUID().toString());
    copy(body, query, createFields);
    query.put("created_by", MOCK_USER);
    query.putArray("owners").add(MOCK_USER);
    query.put("created_at", now);
    query.put("updated_at", now);
    query.put("result_type", "NUMBER");
    query.put("result", 0);
    query.putNull("result_evaluated_at");
    query.put("result_evaluated", false);
    derive(query);
    state.saveQuery(query);
    return json(200, idValue(query));
  }

  ResponseDefinition get(MockCall call) {
    String id = call.pathParameter("id");
    ObjectNode query = state.query(id);
    if (query == null) {
      return notFound(id);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("value", query);
    return json(200, body);
  }

  ResponseDefinition update(MockCall call) {
    String id = call.pathParameter("id");
    ObjectNode query = state.query(id);
    if (query == null) {
      return notFound(id);
    }
    JsonNode body = call.jsonObjectBody();
    String problem = QuerySpecs.problem(body);
    if (problem != null) {
      return VezaErrors.invalidArgument(problem);
    }
    query.remove(updateFields);
    copy(body, query, updateFields);
    query.put("updated_at", Instant.now().toString());
    derive(query);
    state.saveQuery(query);
    return json(200, idValue(query));
  }

  ResponseDefinition delete(MockCall call) {
    String id = call.pathParameter("id");
    return state.deleteQuery(id) ? json(200, JsonNodeFactory.instance.objectNode()) : notFound(id);
  }

  static ResponseDefinition notFound(String id) {
    return VezaErrors.notFound("saved query " + id + " does not exist");
  }

  private static void copy(JsonNode from, ObjectNode to, Set<String> fields) {
    from.fields().forEachRemaining(field -> {
      if (fields.contains(field.getKey())) {
        to.set(field.getKey(), field.getValue().deepCopy());
      }
    });
  }

  /** Applies the documented defaults and derives source_type and destination_types from the spec. */
  private static void derive(ObjectNode query) {
    DEFAULTS.forEach((field, value) -> {
      if (!query.path(field).isTextual() || query.get(field).asText().isEmpty()) {
        query.put(field, value);
      }
    });
    query.put("source_type", QuerySpecs.sourceType(query));
    ArrayNode destinations = query.putArray("destination_types");
    query.path("destination_node_types").path("nodes").forEach(n -> destinations.add(n.path("node_type").asText()));
  }

  private static ObjectNode idValue(ObjectNode query) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("id", query.get("id").asText());
    body.set("value", query);
    return body;
  }

  private static boolean hasRisk(JsonNode query) {
    String level = query.path("risk_level").asText("");
    return !level.isEmpty() && !"NONE".equals(level);
  }

  private static Set<String> properties(JsonNode schema) {
    Set<String> names = new HashSet<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
