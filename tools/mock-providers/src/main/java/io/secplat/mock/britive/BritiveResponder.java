package io.secplat.mock.britive;

import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.mock.openapi.SpecOperation;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Answers every Britive operation: the environment tree from {@link BritiveState}, paged lists
 * sliced from the spec's examples by {@code page} and {@code size}, everything else from the
 * spec's examples.
 */
final class BritiveResponder implements ResponseDefinitionTransformerV2 {
  static final String NAME = "britive-responder";
  private static final Set<String> PAGED = Set.of("listAccounts", "listAccountPermissions", "listAccountGroups",
      "listPermissions", "listPermissionAccounts", "listPermissionGroups", "listGroups", "listGroupAccounts",
      "listGroupPermissions");
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final OpenApiDocument spec;
  private final BritiveState state;
  private final ObjectMapper json = new ObjectMapper();

  BritiveResponder(OpenApiDocument spec, BritiveState state) {
    this.spec = spec;
    this.state = state;
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
    String operationId = event.getStubMapping().getMetadata().getString("operationId");
    SpecOperation operation = spec.operation(operationId);
    Request request = event.getRequest();
    Map<String, String> path = operation.pathParameters(URI.create(request.getUrl()).getRawPath());
    if (PAGED.contains(operationId)) {
      return paged(operation, request);
    }
    switch (operationId) {
      case "listEnvironments":
        return listEnvironments(decode(path.get("appID")));
      case "getEnvironmentTreeSummary":
        return summary(request);
      case "createEnvironmentGroup":
        return createGroup(request);
      case "deleteEnvironmentGroup":
        return state.deleteGroup(decode(path.get("envGroupID")))
            ? empty(200) : BritiveErrors.notFound("environment group " + decode(path.get("envGroupID")));
      case "createEnvironment":
        return createEnvironment(request, decode(path.get("appID")));
      case "deleteEnvironment":
        return state.deleteEnvironment(decode(path.get("envID")))
            ? empty(200) : BritiveErrors.notFound("environment " + decode(path.get("envID")));
      case "mapAccountUsers":
        return mapUsers(request);
      default:
        return json(operation.status(), operation.example());
    }
  }

  private ResponseDefinition listEnvironments(String appId) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode env : state.environments()) {
      ObjectNode item = list.addObject();
      String container = BritiveState.text(env, "appContainerId");
      item.put("appContainerId", container != null ? container : appId);
      item.put("environmentId", env.get("id").asText());
      item.put("environmentName", env.get("name").asText());
    }
    return json(200, list);
  }

  private ResponseDefinition summary(Request request) {
    String view = query(request, "view");
    String type = query(request, "type");
    if (!"summary".equals(view)) {
      return BritiveErrors.badRequest("query parameter view must be 'summary', was " + view);
    }
    boolean environments = "environments".equals(type);
    if (!environments && !"environmentGroups".equals(type)) {
      return BritiveErrors.badRequest("query parameter type must be 'environments' or 'environmentGroups', was " + type);
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (ObjectNode node : environments ? state.environments() : state.groups()) {
      ObjectNode item = list.addObject();
      item.put("name", node.get("name").asText());
      item.put("id", node.get("id").asText());
      item.put("type", node.path("nodeType").asText());
    }
    return json(200, list);
  }

  private ResponseDefinition createGroup(Request request) {
    JsonNode body = body(request);
    if (body == null) {
      return BritiveErrors.badRequest("the body must be a JSON object");
    }
    String name = BritiveState.text(body, "name");
    String parentId = BritiveState.text(body, "parentId");
    if (name == null || name.isBlank() || parentId == null || !"group".equals(BritiveState.text(body, "type"))) {
      return BritiveErrors.badRequest("name, parentId and type 'group' are required");
    }
    ObjectNode group = state.createGroup(name, BritiveState.text(body, "description"), parentId);
    return json(201, BritiveState.asCreated(group, "nodeType"));
  }

  private ResponseDefinition createEnvironment(Request request, String appId) {
    JsonNode body = body(request);
    if (body == null) {
      return BritiveErrors.badRequest("the body must be a JSON object");
    }
    String name = BritiveState.text(body, "name");
    String parent = BritiveState.text(body, "parentGroupId");
    if (name == null || name.isBlank() || parent == null || !"environment".equals(BritiveState.text(body, "type"))) {
      return BritiveErrors.badRequest("name, parentGroupId and type 'environment' are required");
    }
    if (!state.hasGroup(parent)) {
      return BritiveErrors.notFound("environment group " + parent);
    }
    ObjectNode env = state.createEnvironment(name, BritiveState.text(body, "description"), parent, appId);
    return json(201, BritiveState.asCreated(env, "nodeType", "appContainerId"));
  }

  private ResponseDefinition mapUsers(Request request) {
    JsonNode body = body(request);
    if (body == null || !body.path("saveToAllEnvs").isBoolean()) {
      return BritiveErrors.badRequest("the body must be {\"saveToAllEnvs\": true|false}");
    }
    return empty(200);
  }

  private ResponseDefinition paged(SpecOperation operation, Request request) {
    Integer page = integer(query(request, "page"));
    if (page == null || page < 0) {
      return BritiveErrors.badRequest("query parameter page is required and must be a non-negative integer");
    }
    String sizeText = query(request, "size");
    Integer size = sizeText == null ? Integer.valueOf(DEFAULT_PAGE_SIZE) : integer(sizeText);
    if (size == null || size < 1) {
      return BritiveErrors.badRequest("query parameter size must be a positive integer");
    }
    JsonNode example = operation.example();
    JsonNode data = example.path("data");
    long count = Math.max(example.path("count").asLong(), data.size());
    ArrayNode slice = JsonNodeFactory.instance.arrayNode();
    long from = (long) page * size;
    for (long i = from; i < Math.min(count, from + size); i++) {
      slice.add(ExampleRecords.record(data, (int) i));
    }
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("count", count);
    envelope.put("page", page);
    envelope.put("size", size);
    String sort = query(request, "sort");
    String filter = query(request, "filter");
    if (sort == null) {
      envelope.putNull("sort");
    } else {
      int comma = sort.indexOf(',');
      envelope.put("sort", comma < 0 ? sort + ": ASC"
          : sort.substring(0, comma) + ": " + sort.substring(comma + 1).toUpperCase(java.util.Locale.ROOT));
    }
    if (filter == null) {
      envelope.putNull("filter");
    } else {
      envelope.put("filter", filter);
    }
    envelope.set("data", slice);
    return json(200, envelope);
  }

  private JsonNode body(Request request) {
    try {
      JsonNode node = json.readTree(request.getBodyAsString());
      return node != null && node.isObject() ? node : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String query(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String decode(String raw) {
    return raw == null ? null : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
