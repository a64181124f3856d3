package io.secplat.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.openapi.JsonResponses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard Pact provider-state endpoint, {@code POST /_pact/provider-states}, so that any
 * verifier ({@code --state-change-url}) can set up the states its pacts name. The body is
 * {@code {"state": "...", "params": {...}, "action": "setup"|"teardown"}} (or a {@code states}
 * array). A setup resets every vendor to its documented start and then applies the state; an
 * unknown state answers 400 naming it, so a pact the mocks cannot honour fails its verification.
 * {@code GET} lists the states every vendor knows: {@code {"states": [{"vendor": "veza",
 * "pattern": "saved query (\\S+) exists"}, ...]}}.
 */
final class ProviderStateEndpoint implements ResponseDefinitionTransformerV2 {
  /** Where verifiers post state changes. */
  static final String PATH = "/_pact/provider-states";
  static final String NAME = "pact-provider-states";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<VendorMock> vendors;

  ProviderStateEndpoint(List<VendorMock> vendors) {
    this.vendors = vendors;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    if (event.getRequest().getMethod().value().equals("GET")) {
      return list();
    }
    JsonNode body;
    try {
      body = JSON.readTree(event.getRequest().getBodyAsString());
    } catch (IOException e) {
      return error("the body must be JSON: {\"state\": \"...\", \"action\": \"setup\"}");
    }
    if (body == null || !body.isObject()) {
      return error("the body must be a JSON object: {\"state\": \"...\", \"action\": \"setup\"}");
    }
    if ("teardown".equals(body.path("action").asText("setup"))) {
      return JsonResponses.json(200, JsonNodeFactory.instance.objectNode());
    }
    List<String> unknown = new ArrayList<>();
    vendors.forEach(VendorMock::resetState);
    for (JsonNode state : states(body)) {
      String name = state.path("name").asText(state.asText());
      @SuppressWarnings("unchecked")
      Map<String, Object> params = JSON.convertValue(state.path("params").isObject() ? state.path("params")
          : body.path("params").isObject() ? body.path("params") : JsonNodeFactory.instance.objectNode(), Map.class);
      if (vendors.stream().noneMatch(vendor -> vendor.applyState(name, params))) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      return error("unknown provider state(s): " + unknown);
    }
    return JsonResponses.json(200, JsonNodeFactory.instance.objectNode());
  }

  /** {@code GET}: every state each vendor knows, as the patterns of the names it accepts. */
  private ResponseDefinition list() {
    com.fasterxml.jackson.databind.node.ObjectNode answer = JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ArrayNode states = answer.putArray("states");
    statesByVendor(vendors).forEach((vendor, patterns) ->
        patterns.forEach(pattern -> states.addObject().put("vendor", vendor).put("pattern", pattern)));
    return JsonResponses.json(200, answer);
  }

  static Map<String, List<String>> statesByVendor(List<VendorMock> vendors) {
    Map<String, List<String>> states = new java.util.LinkedHashMap<>();
    vendors.forEach(vendor -> states.put(vendor.name(), vendor.states()));
    return states;
  }

  private static List<JsonNode> states(JsonNode body) {
    List<JsonNode> states = new ArrayList<>();
    if (body.path("states").isArray()) {
      body.path("states").forEach(states::add);
    } else if (body.hasNonNull("state")) {
      states.add(body.get("state"));
    }
    return states;
  }

  private static ResponseDefinition error(String message) {
    return JsonResponses.json(400, JsonNodeFactory.instance.objectNode().put("error", message));
  }
}
