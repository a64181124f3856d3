package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pushed OAA entities as graph nodes, for the query-spec calls. Veza names the node types of a
 * custom application {@code OAA.<application_type>.User} (local users) and
 * {@code OAA.<application_type>.<resource_type>.Resource} (resources), and exposes custom
 * properties as {@code customprop_<name>} (oaaclient-py tests/report_test.json queries exactly
 * these); the mock adds {@code OAA.<application_type>.Group} for local groups. A query-spec whose
 * source node type is one of them is answered from the payloads pushed so far: nodes
 * {@code {id, type, properties}} paged like every listing, and their count.
 */
final class OaaNodes {
  private final OaaState state;
  /**
   * The node listing of each OAA type asked for, built once per set of payloads (a page used to
   * rebuild the whole listing: O(pushed entities) per page; now O(page)).
   */
  private final Map<String, List<ObjectNode>> byType = new java.util.HashMap<>();
  private long builtFrom = -1;

  OaaNodes(OaaState state) {
    this.state = state;
  }

  /** @return the nodes of that type if it is an OAA node type, else empty */
  Optional<List<ObjectNode>> ofType(String type) {
    if (type == null || !type.startsWith("OAA.")) {
      return Optional.empty();
    }
    synchronized (byType) {
      long version = state.payloadVersion();
      if (version != builtFrom || byType.size() >= 256) {   // the types asked for are bounded too
        byType.clear();
        builtFrom = version;
      }
      return Optional.of(byType.computeIfAbsent(type, this::build));
    }
  }

  /** The nodes of an OAA type in the payloads pushed so far; the nodes are never changed afterwards. */
  private List<ObjectNode> build(String type) {
    List<ObjectNode> nodes = new ArrayList<>();
    for (JsonNode payload : state.payloads()) {
      JsonNode app = payload.path("applications").path(0);
      String prefix = "OAA." + app.path("application_type").asText() + ".";
      if (type.equals(prefix + "User")) {
        app.path("local_users").forEach(u -> nodes.add(node(u, type)));
      } else if (type.equals(prefix + "Group")) {
        app.path("local_groups").forEach(g -> nodes.add(node(g, type)));
      } else if (type.startsWith(prefix) && type.endsWith(".Resource")) {
        String resourceType = type.substring(prefix.length(), type.length() - ".Resource".length());
        app.path("resources").forEach(r -> {
          if (r.path("resource_type").asText().equals(resourceType)) {
            nodes.add(node(r, type));
          }
        });
      }
    }
    return List.copyOf(nodes);
  }

  ResponseDefinition page(MockCall call, List<ObjectNode> nodes) {
    JsonNode body = call.jsonObjectBody();
    VezaPaging.Slice slice;
    try {
      String size = call.query("page_size") != null ? call.query("page_size") : body.path("page_size").asText(null);
      String token = call.query("page_token") != null ? call.query("page_token") : body.path("page_token").asText(null);
      slice = VezaPaging.slice(nodes.size(), VezaPaging.pageSize(size), token);
    } catch (IllegalArgumentException e) {
      return VezaErrors.invalidArgument(e.getMessage());
    }
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    ArrayNode values = page.putArray("values");
    nodes.subList(slice.from(), slice.to()).forEach(values::add);
    page.putArray("path_values");
    page.put("next_page_token", slice.nextPageToken());
    page.put("has_more", slice.hasMore());
    return json(200, page);
  }

  static ResponseDefinition count(List<ObjectNode> nodes) {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("result_type", "number");
    result.put("number_value", Integer.toString(nodes.size()));
    return json(200, result);
  }

  private static ObjectNode node(JsonNode entity, String type) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    String id = entity.hasNonNull("id") ? entity.get("id").asText() : entity.path("name").asText();
    node.put("id", id);
    node.put("type", type);
    ObjectNode properties = node.putObject("properties");
    properties.put("name", entity.path("name").asText());
    if (entity.has("email")) {
      properties.set("email", entity.get("email"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = entity.path("custom_properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      properties.set("customprop_" + p.getKey(), p.getValue());
    }
    return node;
  }
}
