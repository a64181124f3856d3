package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The starting state, derived from the spec's examples: the documented environment (30,
 * Production) and a second one (31, Staging); the documented node (311, prod01) and 44 more
 * derived from it (312..355, names and hosts suffixed {@code -i}), 40 of them in Production and 5
 * in Staging; the documented node group (1, IIS) holding nodes 311 to 313, and an empty one
 * (2, Linux). Listings of 45 and of exactly 40 records are thus there to page through.
 */
final class GuardianSeed {
  static final int NODES = 45;
  static final int NODES_IN_FIRST_ENVIRONMENT = 40;

  private GuardianSeed() {}

  static GuardianState.Seed from(OpenApiDocument spec) {
    ObjectNode production = (ObjectNode) spec.operation("getEnvironment").example().deepCopy();
    ObjectNode staging = production.deepCopy().put("id", production.get("id").asLong() + 1)
        .put("name", "Staging").put("short_description", "ForEx Trading Staging");

    List<ObjectNode> nodes = new ArrayList<>();
    ObjectNode documented = (ObjectNode) spec.operation("getNode").example();
    for (int i = 0; i < NODES; i++) {
      ObjectNode node = documented.deepCopy();
      if (i > 0) {
        node.put("id", documented.get("id").asLong() + i)
            .put("name", documented.get("name").asText() + "-" + i)
            .put("external_id", documented.get("external_id").asText() + "-" + i)
            .put("medium_hostname", documented.get("medium_hostname").asText().replaceFirst("\\.", "-" + i + "."));
      }
      node.put("environment_id", (i < NODES_IN_FIRST_ENVIRONMENT ? production : staging).get("id").asLong());
      nodes.add(node);
    }

    ObjectNode iis = (ObjectNode) spec.operation("getNodeGroup").example().deepCopy();
    ObjectNode linux = iis.deepCopy().put("id", iis.get("id").asLong() + 1).put("name", "Linux")
        .put("description", "All Linux Servers").put("node_rules", "^LNX").put("external_id", "linux");
    List<Long> iisMembers = List.of(nodes.get(0).get("id").asLong(), nodes.get(1).get("id").asLong(),
        nodes.get(2).get("id").asLong());
    return new GuardianState.Seed(List.of(production, staging), nodes, List.of(iis, linux),
        Map.of(iis.get("id").asLong(), iisMembers, linux.get("id").asLong(), List.of()));
  }
}
