package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The nodes behind a documented node page. Veza's examples show one or two result nodes; the mock
 * serves a collection of {@value #COUNT} nodes, node {@code i} being the documented node
 * {@code i % n} with {@code -i} appended to its {@code id} and to its {@code properties.name}.
 * Nodes 0..n-1 are the documented ones, so every id is distinct.
 */
final class ExampleNodes {
  /** How many nodes every node listing holds: three pages and a bit at the default page size. */
  static final int COUNT = 250;

  private ExampleNodes() {}

  /**
   * @param documented the {@code values} of a documented node page
   * @return how many nodes the collection derived from them holds
   */
  static int total(JsonNode documented) {
    return documented.isArray() && documented.size() > 0 ? COUNT : 0;
  }

  /**
   * @param documented the {@code values} of a documented node page
   * @param from first index (inclusive)
   * @param to last index (exclusive)
   * @param propertiesToGet names of the properties to keep, or empty for all
   * @return the nodes {@code from..to-1}
   */
  static ArrayNode slice(JsonNode documented, int from, int to, List<String> propertiesToGet) {
    ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
    for (int i = from; i < to; i++) {
      ObjectNode node = node(documented, i);
      if (!propertiesToGet.isEmpty() && node.path("properties").isObject()) {
        ((ObjectNode) node.get("properties")).retain(propertiesToGet);
      }
      nodes.add(node);
    }
    return nodes;
  }

  static ObjectNode node(JsonNode documented, int index) {
    ObjectNode copy = (ObjectNode) documented.get(index % documented.size()).deepCopy();
    if (index >= documented.size()) {
      copy.put("id", copy.path("id").asText() + "-" + index);
      JsonNode properties = copy.path("properties");
      if (properties.path("name").isTextual()) {
        ((ObjectNode) properties).put("name", properties.get("name").asText() + "-" + index);
      }
    }
    return copy;
  }
}
