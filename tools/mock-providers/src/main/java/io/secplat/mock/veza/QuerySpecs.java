package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;

/** What the mock checks and reads in a query spec (an AssessmentQuerySpec or a saved query). */
final class QuerySpecs {
  private QuerySpecs() {}

  /**
   * A query needs a source node type ("Required to have only 1"); nothing else of the spec is
   * checked, proto3 has no required fields.
   *
   * @param spec the spec, or null when the body was absent or not a JSON object
   * @return what is wrong with it, or null when it is acceptable
   */
  static String problem(JsonNode spec) {
    if (spec == null || !spec.isObject()) {
      return "a query spec (a JSON object) is required";
    }
    if (sourceType(spec).isEmpty()) {
      return "source_node_types.nodes must hold the source node type (a node with a node_type)";
    }
    return null;
  }

  /**
   * @param spec a query spec
   * @return the node type of its first source node, or {@code ""}
   */
  static String sourceType(JsonNode spec) {
    return spec.path("source_node_types").path("nodes").path(0).path("node_type").asText("");
  }
}
