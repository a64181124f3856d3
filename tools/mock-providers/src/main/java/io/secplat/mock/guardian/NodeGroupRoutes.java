package io.secplat.mock.guardian;

import static io.secplat.mock.guardian.GuardianBodies.array;
import static io.secplat.mock.guardian.GuardianBodies.id;
import static io.secplat.mock.guardian.GuardianBodies.root;
import static io.secplat.mock.guardian.GuardianBodies.text;
import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.ArrayList;
import java.util.List;

/** Node groups: the stateful records, lookup and membership from the group side. */
final class NodeGroupRoutes {
  private final GuardianState state;

  NodeGroupRoutes(GuardianState state) {
    this.state = state;
  }

  /** @return the answer, or null when the operation is not a node group operation kept in state */
  ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "listNodeGroups":
        return GuardianPages.page(call, state::nodeGroupWindow);
      case "createNodeGroup": {
        JsonNode group = root(call, "node_group");
        if (group == null || text(group, "name") == null || text(group, "name").isBlank()) {
          return GuardianErrors.unprocessable("Name can't be blank");
        }
        return json(201, state.createNodeGroup(group));
      }
      case "getNodeGroup":
        return json(200, state.nodeGroup(id(call, "nodeGroupId")));
      case "updateNodeGroup": {
        JsonNode group = root(call, "node_group");
        if (group == null) {
          return GuardianErrors.unprocessable("the body must be {\"node_group\": {...}}");
        }
        state.updateNodeGroup(id(call, "nodeGroupId"), group);
        return empty(204);
      }
      case "deleteNodeGroup":
        state.deleteNodeGroup(id(call, "nodeGroupId"));
        return empty(204);
      case "lookupNodeGroup":
        return java.util.Optional.ofNullable(state.firstNodeGroup(g -> g.path("name").asText().equals(call.query("name"))))
            .map(g -> json(200, JsonNodeFactory.instance.objectNode().put("node_group_id", g.get("id").asLong())))
            .orElseGet(GuardianErrors::notFound);
      case "addNodeToNodeGroup": {
        Long node = MockCall.longValue(call.query("node_id"));
        ObjectNode membership = node == null ? null : state.addMember(id(call, "nodeGroupId"), node);
        return membership == null ? GuardianErrors.notFound() : json(201, membership);
      }
      case "addNodesToNodeGroup":
        return addNodes(call);
      case "listNodeGroupNodes":
        return GuardianPages.page(call, (from, to) -> state.memberWindow(id(call, "nodeGroupId"), from, to));
      case "removeNodeFromNodeGroup": {
        Long node = MockCall.longValue(call.query("node_id"));
        return node != null && state.removeMember(id(call, "nodeGroupId"), node) ? empty(204) : GuardianErrors.notFound();
      }
      default:
        return null;
    }
  }

  private ResponseDefinition addNodes(MockCall call) {
    long group = id(call, "nodeGroupId");
    List<Long> nodes = new ArrayList<>();
    for (String value : call.queryValues("node_ids[]")) {
      Long node = MockCall.longValue(value);
      if (node == null || !state.hasNode(node)) {
        return GuardianErrors.notFound();
      }
      nodes.add(node);
    }
    if (nodes.isEmpty()) {
      return GuardianErrors.unprocessable("node_ids[] is required");
    }
    List<ObjectNode> memberships = new ArrayList<>();
    nodes.forEach(node -> memberships.add(state.addMember(group, node)));
    return json(201, array(memberships));
  }
}
