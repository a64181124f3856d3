package io.secplat.mock.britive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The records behind a documented page. Britive's examples show one record of a collection whose
 * {@code count} is larger (131 accounts, 260 permissions); the mock serves the whole collection,
 * record {@code i} being the documented record {@code i % n} with its numeric ids raised by
 * {@code i} and its names suffixed by {@code -i}. Records 0..n-1 are the documented ones.
 */
final class ExampleRecords {
  private static final Set<String> NAMES = Set.of("name", "nativeName", "accountName", "groupName", "permissionName");

  private ExampleRecords() {}

  static JsonNode record(JsonNode documented, int index) {
    JsonNode template = documented.get(index % documented.size());
    if (index < documented.size() || !template.isObject()) {
      return template;
    }
    ObjectNode copy = template.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().endsWith("Id") && field.getValue().isIntegralNumber()) {
        copy.put(field.getKey(), field.getValue().asLong() + index);
      } else if (NAMES.contains(field.getKey()) && field.getValue().isTextual()) {
        copy.put(field.getKey(), field.getValue().asText() + "-" + index);
      }
    }
    return copy;
  }
}
