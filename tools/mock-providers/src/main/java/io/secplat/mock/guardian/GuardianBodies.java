package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.secplat.mock.openapi.MockCall;
import java.util.List;

/** Reading Guardian request bodies and writing listings. */
final class GuardianBodies {
  private GuardianBodies() {}

  /** @return the object under the Rails root key ({@code {"node": {...}}}), or null when absent */
  static JsonNode root(MockCall call, String key) {
    JsonNode body = call.jsonObjectBody();
    JsonNode inner = body == null ? null : body.get(key);
    return inner != null && inner.isObject() ? inner : null;
  }

  static ArrayNode array(List<? extends JsonNode> items) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    items.forEach(array::add);
    return array;
  }

  /** @return the path parameter as an id, or null when absent or not a number */
  static Long id(MockCall call, String name) {
    return MockCall.longValue(call.pathParameter(name));
  }

  static String text(JsonNode record, String field) {
    JsonNode value = record.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
