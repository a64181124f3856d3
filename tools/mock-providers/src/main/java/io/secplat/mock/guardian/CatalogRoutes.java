package io.secplat.mock.guardian;

import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resources answered from the spec's examples that still need some behaviour: lookups that miss,
 * policies that provider states seed, file checks a policy already has, ignore items, and the echo
 * of a scan option.
 *
 * <ul>
 *   <li>lookupOperatingSystem searches the documented operating systems: a hit is one whose general
 *       name (description) or name contains the query, ignoring case; a miss answers 404.
 *   <li>Policies (listing {@code policies}) are the documented policy until a provider state seeds
 *       some; listPolicies answers the seeded ones (the documented empty list otherwise).
 *       lookupPolicy answers the id of the first policy whose name, or short description (a write
 *       attribute a state can set), contains the text, ignoring case; a miss answers 404.
 *   <li>addFileCheckToPolicy answers 204 when the policy already has the check (same section,
 *       file_path, attr, check and expected), else 201 with the documented new version.
 *   <li>listIgnoreItems answers a node group's ignore items, or a node's (those of the node groups
 *       holding it), when a state gave some; the documented {@code {}} otherwise. The category is
 *       not told apart.
 *   <li>setNodeGroupScanOptions echoes the option set: its name and its values (sent under the
 *       option's own key or under option_object_array).
 * </ul>
 */
final class CatalogRoutes {
  static final String POLICIES = "policies";

  private final GuardianState state;
  private final OpenApiDocument spec;

  CatalogRoutes(GuardianState state, OpenApiDocument spec) {
    this.state = state;
    this.spec = spec;
  }

  /** @return the key of a file check: its section, file path, attribute, check and expected value */
  static String fileCheck(String section, String filePath, String attr, String check, String expected) {
    return String.join("\u0000", section, filePath, attr, check, expected);
  }

  /** @return the answer, or null when the documented example answers the call */
  ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "lookupOperatingSystem":
        return lookupOperatingSystem(call.query("query"));
      case "listPolicies": {
        return state.isSeeded(POLICIES)
            ? GuardianPages.page(call, (from, to) -> state.seededWindow(POLICIES, null, from, to)) : null;
      }
      case "lookupPolicy":
        return lookupPolicy(call.query("name"), call.query("short_description"));
      case "addFileCheckToPolicy": {
        String check = fileCheck(call.query("section"), call.query("file_path"), call.query("attr"), call.query("check"),
            call.query("expected"));
        return state.addFileCheck(GuardianBodies.id(call, "policyId"), check) ? null : empty(204);
      }
      case "listIgnoreItems": {
        Long group = MockCall.longValue(call.query("node_group_id"));
        Long node = MockCall.longValue(call.query("node_id"));
        ObjectNode items = group != null ? state.ignoresOfNodeGroup(group) : node != null ? state.ignoresOfNode(node) : null;
        return items == null ? null : json(200, items);
      }
      case "setNodeGroupScanOptions":
        return scanOption(call);
      default:
        return null;
    }
  }

  /** @return the policies lookups search: the seeded ones, else the documented one */
  List<ObjectNode> policies() {
    List<ObjectNode> seeded = state.seeded(POLICIES);
    return seeded != null ? seeded : List.of((ObjectNode) spec.operation("getPolicy").example().deepCopy());
  }

  private ResponseDefinition lookupOperatingSystem(String query) {
    Map<Long, String> families = new java.util.HashMap<>();
    spec.operation("listOperatingSystemFamilies").example().forEach(f -> families.put(f.path("id").asLong(), f.path("name").asText()));
    for (JsonNode os : spec.operation("listOperatingSystems").example()) {
      if (contains(os.path("description").asText(), query) || contains(os.path("name").asText(), query)) {
        long family = os.path("operating_system_family_id").asLong();
        return json(200, JsonNodeFactory.instance.objectNode().put("operating_system_family_id", family)
            .put("operating_system_family", families.getOrDefault(family, "")).put("operating_system_id", os.path("id").asLong())
            .put("operating_system_name", os.path("description").asText()));
      }
    }
    return GuardianErrors.notFound();
  }

  private ResponseDefinition lookupPolicy(String name, String shortDescription) {
    List<Long> hits = new ArrayList<>();
    if (name != null) {
      policies().stream().filter(p -> contains(p.path("name").asText(), name)).forEach(p -> hits.add(p.path("id").asLong()));
    }
    if (shortDescription != null) {
      state.policyShortDescriptions().forEach((id, text) -> {
        if (contains(text, shortDescription)) {
          hits.add(id);
        }
      });
    }
    return hits.isEmpty() ? GuardianErrors.notFound()
        : json(200, JsonNodeFactory.instance.objectNode().put("policy_id", hits.get(0)));
  }

  private ResponseDefinition scanOption(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String option = body == null ? null : GuardianBodies.text(body, "option_name");
    if (option == null) {
      return GuardianErrors.unprocessable("option_name is required");
    }
    JsonNode values = body.get(option);
    if (values == null || !values.isArray()) {
      values = body.path("option_object_array").isArray() ? body.get("option_object_array")
          : JsonNodeFactory.instance.arrayNode();
    }
    ObjectNode echo = JsonNodeFactory.instance.objectNode().put("option_name", option);
    echo.set("option_object_array", values);
    return json(200, echo);
  }

  private static boolean contains(String text, String search) {
    return search != null && !search.isEmpty() && text != null
        && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
  }
}
