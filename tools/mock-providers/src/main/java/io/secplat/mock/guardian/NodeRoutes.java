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
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Nodes: the stateful records, lookups, group membership from the node side, counts, scans. */
final class NodeRoutes {
  private final GuardianState state;

  NodeRoutes(GuardianState state) {
    this.state = state;
  }

  /** @return the answer, or null when the operation is not a node operation kept in state */
  ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "listNodes":
        return list(call);
      case "createNode": {
        JsonNode node = root(call, "node");
        return node == null ? GuardianErrors.unprocessable("the body must be {\"node\": {...}}")
            : json(201, state.createNode(node));
      }
      case "getNode":
        return json(200, state.node(id(call, "nodeId")));
      case "updateNode": {
        JsonNode node = root(call, "node");
        if (node == null) {
          return GuardianErrors.unprocessable("the body must be {\"node\": {...}}");
        }
        state.updateNode(id(call, "nodeId"), node);
        return empty(204);
      }
      case "deleteNode":
        state.deleteNode(id(call, "nodeId"));
        return empty(204);
      case "lookupNode":
        return lookup(call);
      case "addToNodeGroup": {
        Long group = MockCall.longValue(call.query("node_group_id"));
        ObjectNode membership = group == null ? null : state.addMember(group, id(call, "nodeId"));
        return membership == null ? GuardianErrors.notFound() : json(201, membership);
      }
      case "removeFromNodeGroup": {
        Long group = MockCall.longValue(call.query("node_group_id"));
        return group != null && state.removeMember(group, id(call, "nodeId")) ? empty(204) : GuardianErrors.notFound();
      }
      case "listNodeGroupsOfNode":
        return json(200, array(state.groupsOf(id(call, "nodeId"))));
      case "getNodeStatusCounts":
        return statusCounts(call);
      case "startNodeScan":
        return json(201, JsonNodeFactory.instance.objectNode().put("job_id", state.nextId()));
      default:
        return null;
    }
  }

  private ResponseDefinition list(MockCall call) {
    String status = call.query("status");
    if (status != null && !status.equals("active")) {
      return GuardianPages.page(call, List.of());
    }
    Predicate<ObjectNode> name = matches("name", call.query("name"));
    Predicate<ObjectNode> externalId = matches("external_id", call.query("external_id"));
    Predicate<ObjectNode> filter = call.query("name") == null && call.query("external_id") == null ? null
        : name.and(externalId);
    return GuardianPages.page(call, (from, to) -> state.nodeWindow(filter, from, to));
  }

  private ResponseDefinition lookup(MockCall call) {
    String name = call.query("name");
    String externalId = call.query("external_id");
    String host = call.query("ssh_hostname");
    String user = call.query("ssh_username");
    Predicate<ObjectNode> match;
    if (name != null && externalId == null && host == null && user == null) {
      match = matches("name", name);
    } else if (externalId != null && name == null && host == null && user == null) {
      match = matches("external_id", externalId);
    } else if (host != null && user != null && name == null && externalId == null) {
      String port = call.query("ssh_port") == null ? "22" : call.query("ssh_port");
      match = matches("medium_hostname", host).and(matches("medium_username", user)).and(matches("medium_port", port));
    } else {
      return GuardianErrors.badRequest("look up by name, by external_id, or by ssh_hostname and ssh_username");
    }
    return java.util.Optional.ofNullable(state.firstNode(match))
        .map(node -> json(200, JsonNodeFactory.instance.objectNode().put("node_id", node.get("id").asLong())))
        .orElseGet(GuardianErrors::notFound);
  }

  private ResponseDefinition statusCounts(MockCall call) {
    Long environment = MockCall.longValue(call.query("environment_id"));
    Long group = MockCall.longValue(call.query("node_group_id"));
    List<ObjectNode> nodes;
    if (environment != null) {
      nodes = state.nodeList().stream().filter(matches("environment_id", environment.toString())).collect(Collectors.toList());
    } else if (group != null) {
      nodes = state.membersOf(group);
    } else {
      nodes = state.nodeList();
    }
    long offline = nodes.stream().filter(n -> !n.path("online").asBoolean()).count();
    return json(200, JsonNodeFactory.instance.objectNode().put("total", nodes.size()).put("failed", offline)
        .put("unmanaged", 0));
  }

  private static Predicate<ObjectNode> matches(String field, String value) {
    return value == null ? node -> true : node -> Objects.equals(text(node, field), value);
  }
}
