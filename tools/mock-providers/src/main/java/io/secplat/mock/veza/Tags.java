package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;

/**
 * Veza tags and tag promotions. CreateVezaTag, AddVezaTag and RemoveVezaTag check their bodies'
 * required fields and answer {@code {}} (the mock keeps no tags). PromoteTag stores a rule
 * (409 AlreadyExists for a second rule with the same tag_key and tag_type, 400 when both
 * include_entity_types and exclude_entity_types are given), ListTagPromotions lists the stored
 * rules, DemoteTag removes one (404 NotFound when there is none).
 */
final class Tags {
  private final VezaState state;

  Tags(VezaState state) {
    this.state = state;
  }

  ResponseDefinition create(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null || !text(body.path("tag"), "key")) {
      return VezaErrors.invalidArgument("the body must be {\"tag\": {\"key\": \"<key>\", \"value\": \"<value>\"}} with a key");
    }
    return empty();
  }

  ResponseDefinition add(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null || !text(body, "node_id") || !body.path("tags").isArray() || body.get("tags").isEmpty()) {
      return VezaErrors.invalidArgument("node_id and a non-empty tags array are required");
    }
    for (JsonNode tag : body.get("tags")) {
      if (!text(tag, "key")) {
        return VezaErrors.invalidArgument("every tag needs a key");
      }
    }
    return empty();
  }

  ResponseDefinition remove(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null || !text(body, "node_id") || !text(body, "tag_key")) {
      return VezaErrors.invalidArgument("node_id and tag_key are required");
    }
    return empty();
  }

  ResponseDefinition listPromotions() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    state.promotions().forEach(body.putArray("tag_promotions")::add);
    return json(200, body);
  }

  ResponseDefinition promote(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null || !text(body, "tag_key") || !text(body, "tag_type")) {
      return VezaErrors.invalidArgument("tag_key and tag_type are required");
    }
    if (!body.path("include_entity_types").isEmpty() && !body.path("exclude_entity_types").isEmpty()) {
      return VezaErrors.invalidArgument("set only one of include_entity_types and exclude_entity_types");
    }
    ObjectNode promotion = JsonNodeFactory.instance.objectNode();
    for (String field : new String[] {"tag_key", "tag_type", "include_entity_types", "exclude_entity_types"}) {
      if (body.has(field)) {
        promotion.set(field, body.get(field).deepCopy());
      }
    }
    if (!state.promote(promotion)) {
      return VezaErrors.alreadyExists("a promotion of tag " + body.get("tag_key").asText() + " of type "
          + body.get("tag_type").asText() + " exists already; it was left unchanged");
    }
    return empty();
  }

  ResponseDefinition demote(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    if (body == null || !text(body, "tag_key") || !text(body, "tag_type")) {
      return VezaErrors.invalidArgument("tag_key and tag_type are required");
    }
    String key = body.get("tag_key").asText();
    String type = body.get("tag_type").asText();
    return state.demote(key, type) ? empty()
        : VezaErrors.notFound("no promotion of tag " + key + " of type " + type);
  }

  private static ResponseDefinition empty() {
    return json(200, JsonNodeFactory.instance.objectNode());
  }

  private static boolean text(JsonNode node, String field) {
    return node.path(field).isTextual() && !node.get(field).asText().isBlank();
  }
}
