package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The starting state from the spec's examples: every saved query the examples of
 * ListAssessmentQueries, CreateAssessmentQuery, GetAssessmentQuery and UpdateAssessmentQuery show
 * (the first one of each id wins), and the tag promotions of ListTagPromotions' examples. The
 * examples named {@code reference} are skipped: they are reference-page renderings with
 * placeholder values ({@code "id": "text"}). The spec embeds no ListTagPromotions example (its
 * reference sample renders tag_type as an integer), so there are no promotions to start with.
 */
final class VezaSeed {
  private static final String PLACEHOLDERS = "reference";

  private VezaSeed() {}

  static VezaState.Seed from(OpenApiDocument spec) {
    List<ObjectNode> queries = new ArrayList<>();
    for (JsonNode page : documented(spec, "ListAssessmentQueries")) {
      page.path("values").forEach(q -> add(queries, q));
    }
    for (String operationId : List.of("CreateAssessmentQuery", "GetAssessmentQuery", "UpdateAssessmentQuery")) {
      documented(spec, operationId).forEach(body -> add(queries, body.path("value")));
    }
    List<ObjectNode> promotions = new ArrayList<>();
    for (JsonNode page : documented(spec, "ListTagPromotions")) {
      page.path("tag_promotions").forEach(p -> promotions.add((ObjectNode) p.deepCopy()));
    }
    return new VezaState.Seed(queries, promotions);
  }

  private static List<JsonNode> documented(OpenApiDocument spec, String operationId) {
    List<JsonNode> bodies = new ArrayList<>();
    for (Map.Entry<String, JsonNode> example : spec.operation(operationId).examples().entrySet()) {
      if (!PLACEHOLDERS.equals(example.getKey())) {
        bodies.add(example.getValue());
      }
    }
    return bodies;
  }

  private static void add(List<ObjectNode> queries, JsonNode query) {
    String id = query.path("id").asText("");
    if (query.isObject() && !id.isEmpty() && queries.stream().noneMatch(q -> q.get("id").asText().equals(id))) {
      queries.add((ObjectNode) query.deepCopy());
    }
  }
}
