package io.secplat.mock.britive;

import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.SpecDrivenMock;
import io.secplat.mock.ProviderStates;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Britive mock provider: every operation of {@code specs/britive/britive.yaml}. The
 * environment tree is kept in {@link BritiveState} (create, delete, list, summary); the nine paged
 * lists serve the whole documented collection sliced by {@code page} and {@code size}; the rest
 * answer with the spec's examples. A missing or malformed {@code Authorization: TOKEN <token>}
 * header gets 401; any well-formed token is accepted. (Britive's SDK sends {@code Bearer} for
 * interactive tokens; the contract models API tokens only, so the mock refuses it.)
 */
public final class BritiveMock extends SpecDrivenMock {
  /** Where the Britive contract sits on the classpath. */
  public static final String SPEC = "specs/britive/britive.yaml";
  private static final Set<String> PAGED = Set.of("listAccounts", "listAccountPermissions", "listAccountGroups",
      "listPermissions", "listPermissionAccounts", "listPermissionGroups", "listGroups", "listGroupAccounts",
      "listGroupPermissions");
  /** The server's page size when none is asked for (Britive's published OpenAPI document). */
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final ObjectMapper IDS = new ObjectMapper();

  private final BritiveState state = new BritiveState(BritiveSeed.from(spec()));
  private final ProviderStates states = new ProviderStates()
      .holds("application \\S+ has (environments|environment groups)",
          "environment \\S+ has (accounts|permissions|groups)",
          "(account|permission|group) \\S+ (exists|has (accounts|permissions|groups))",
          "user \\S+ is mapped to account \\S+")
      .on("environment group (\\S+) exists", (name, params) -> state.ensureGroup(name.group(1)))
      .on("environment (\\S+) exists", (name, params) -> state.ensureEnvironment(name.group(1), "app-1"));

  /** Creates the mock, its state seeded from the spec's examples. */
  public BritiveMock() {
    super("britive", SPEC);
  }

  @Override
  protected String pathPattern() {
    return "/api/apps/.*";
  }

  @Override
  protected String credentialPattern() {
    return "TOKEN [^\\s]+";
  }

  @Override
  protected JsonNode unauthorizedBody() {
    return BritiveErrors.body("MOCK-401", "missing or malformed Authorization: TOKEN <token> header");
  }

  @Override
  protected JsonNode contractViolationBody(String message) {
    return BritiveErrors.body("MOCK-CONTRACT", message);
  }

  @Override
  public void resetState() {
    state.reset();
  }

  @Override
  public boolean applyState(String name, Map<String, Object> params) {
    return states.apply(name, params);
  }

  @Override
  protected ResponseDefinition respond(MockCall call) {
    String operationId = call.operation().operationId();
    if (PAGED.contains(operationId)) {
      return paged(call);
    }
    switch (operationId) {
      case "listEnvironments":
        return listEnvironments(call.pathParameter("appID"));
      case "getEnvironmentTreeSummary":
        return summary(call);
      case "createEnvironmentGroup":
        return createGroup(call);
      case "deleteEnvironmentGroup":
        return state.deleteGroup(call.pathParameter("envGroupID"))
            ? empty(200) : BritiveErrors.notFound("environment group " + call.pathParameter("envGroupID"));
      case "createEnvironment":
        return createEnvironment(call);
      case "deleteEnvironment":
        return state.deleteEnvironment(call.pathParameter("envID"))
            ? empty(200) : BritiveErrors.notFound("environment " + call.pathParameter("envID"));
      case "mapAccountUsers":
        return mapUsers(call);
      default:
        return super.respond(call);
    }
  }

  /** Britive's SDK posts the users' ids as a JSON array; the service answers 200 without a body. */
  private static ResponseDefinition mapUsers(MockCall call) {
    JsonNode body;
    try {
      body = IDS.readTree(call.request().getBodyAsString());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isArray() || body.isEmpty()) {
      return BritiveErrors.badRequest("the body must be a JSON array of user ids, e.g. [\"user-id-1\"]");
    }
    for (JsonNode id : body) {
      if (!id.isTextual() || id.asText().isBlank()) {
        return BritiveErrors.badRequest("every user id must be a non-blank string");
      }
    }
    return empty(200);
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

  private ResponseDefinition summary(MockCall call) {
    String view = call.query("view");
    String type = call.query("type");
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

  private ResponseDefinition createGroup(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String name = body == null ? null : BritiveState.text(body, "name");
    String parentId = body == null ? null : BritiveState.text(body, "parentId");
    if (name == null || name.isBlank() || parentId == null || !typeAbsentOr(body, "group")) {
      return BritiveErrors.badRequest("name and parentId are required; type, when sent, must be 'group'");
    }
    ObjectNode group = state.createGroup(name, BritiveState.text(body, "description"), parentId);
    return json(200, BritiveState.asCreated(group, "nodeType"));
  }

  private ResponseDefinition createEnvironment(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    String name = body == null ? null : BritiveState.text(body, "name");
    String parent = body == null ? null : BritiveState.text(body, "parentGroupId");
    if (name == null || name.isBlank() || parent == null || !typeAbsentOr(body, "environment")) {
      return BritiveErrors.badRequest("name and parentGroupId are required; type, when sent, must be 'environment'");
    }
    if (!state.hasGroup(parent)) {
      return BritiveErrors.notFound("environment group " + parent);
    }
    ObjectNode env = state.createEnvironment(name, BritiveState.text(body, "description"), parent,
        call.pathParameter("appID"));
    return json(200, BritiveState.asCreated(env, "nodeType", "appContainerId"));
  }

  /** Britive's Terraform provider creates nodes without {@code type}; its SDK sends it. */
  private static boolean typeAbsentOr(JsonNode body, String expected) {
    String type = BritiveState.text(body, "type");
    return type == null || expected.equals(type);
  }

  private ResponseDefinition paged(MockCall call) {
    String pageText = call.query("page");
    Integer page = pageText == null ? Integer.valueOf(0) : MockCall.integer(pageText);
    if (page == null || page < 0) {
      return BritiveErrors.badRequest("query parameter page must be a non-negative integer");
    }
    String sizeText = call.query("size");
    Integer size = sizeText == null ? Integer.valueOf(DEFAULT_PAGE_SIZE) : MockCall.integer(sizeText);
    if (size == null || size < 1) {
      return BritiveErrors.badRequest("query parameter size must be a positive integer");
    }
    JsonNode example = call.operation().example();
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
    String sort = call.query("sort");
    if (sort == null) {
      envelope.putNull("sort");
    } else {
      int comma = sort.indexOf(',');
      envelope.put("sort", comma < 0 ? sort + ": ASC"
          : sort.substring(0, comma) + ": " + sort.substring(comma + 1).toUpperCase(Locale.ROOT));
    }
    String filter = call.query("filter");
    if (filter == null) {
      envelope.putNull("filter");
    } else {
      envelope.put("filter", filter);
    }
    envelope.set("data", slice);
    return json(200, envelope);
  }

  @Override
  public java.util.List<String> states() {
    return states.patterns();
  }
}
