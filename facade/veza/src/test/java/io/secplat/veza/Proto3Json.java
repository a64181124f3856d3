package io.secplat.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Reduces proto3 JSON to what it means, so that two renderings of the same message compare
 * equal: proto3 treats an unset field and its default value alike (null, false, "", [], the
 * int64 "0", an enum's zero value), and Veza's UI adds element ids ({@code id} inside node and
 * condition specs) that are not part of a query.
 */
final class Proto3Json {
  /** Enum fields and their zero values (the first value of each enum in specs/veza/veza.yaml). */
  private static final Map<String, String> ENUM_ZEROS = Map.of(
      "operator", "AND", "nodes_operator", "AND", "and_op_type", "INFERRED", "direction", "ANY_DIRECTION",
      "node_relationship_type", "EFFECTIVE_ACCESS", "fn", "EQ", "result_value_type", "UNDEFINED");
  private static final Set<String> INT64_FIELDS = Set.of("snapshot_id", "page_size");
  private static final Set<String> PERMISSION_FILTERS = Set.of("raw_permissions", "effective_permissions");

  private Proto3Json() {}

  static JsonNode meaning(JsonNode node) {
    if (node.isObject()) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(field -> {
        String name = field.getKey();
        JsonNode value = meaning(field.getValue());
        boolean isDefault = value.isNull()
            || (value.isBoolean() && !value.booleanValue())
            || (value.isTextual() && value.textValue().isEmpty())
            || (value.isContainerNode() && value.isEmpty())
            || (INT64_FIELDS.contains(name) && "0".equals(value.asText()))
            || (value.isTextual() && value.textValue().equals(ENUM_ZEROS.get(name)))
            || (PERMISSION_FILTERS.contains(name) && value.path("values").isMissingNode())
            || ("id".equals(name) && value.isTextual());
        if (!isDefault) {
          result.set(name, value);
        }
      });
      return result;
    }
    if (node.isArray()) {
      ArrayNode result = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> result.add(meaning(item)));
      return result;
    }
    return node;
  }
}
