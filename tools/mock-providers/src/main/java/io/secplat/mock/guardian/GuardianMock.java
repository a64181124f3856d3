package io.secplat.mock.guardian;

import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.SpecDrivenMock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The Guardian mock provider: every operation of {@code specs/guardian/guardian.yaml} under
 * {@code /api/v2/}. Environments, nodes, node groups and their members are kept in
 * {@link GuardianState} (create, update, delete, lookup, membership, listings paged by
 * {@code page}/{@code per_page} that end with a short page); the change report has a configurable
 * number of rows and is paged by a zero-based {@code page} and {@code limit}; CSV and PDF
 * documents are generated while they are sent; every other operation answers with the spec's
 * example (lists paged too). An unknown node, node group or environment in the path answers
 * {@code 404 {"error": "Not Found"}}; a missing or malformed {@code Authorization: Token
 * token="<api key><secret key>"} header gets {@code 401 {"error": "No authorization method found"}};
 * an email that arrives with a space (a {@code +} sent unencoded) or without {@code @} gets 422.
 */
public final class GuardianMock extends SpecDrivenMock {
  /** Where the Guardian contract sits on the classpath. */
  public static final String SPEC = "specs/guardian/guardian.yaml";
  /** Rows of the change report unless another number is given. */
  public static final long DEFAULT_CHANGE_REPORT_ROWS = 12;

  private static final Set<String> INVITE_ROLES = Set.of("member", "analyst");
  private static final Set<String> ROLES = Set.of("member", "analyst", "admin");

  private final GuardianState state = new GuardianState(GuardianSeed.from(spec()));
  private final NodeRoutes nodes = new NodeRoutes(state);
  private final NodeGroupRoutes nodeGroups = new NodeGroupRoutes(state);
  private final EnvironmentRoutes environments = new EnvironmentRoutes(state);
  private final ReportRoutes reports;

  /** Creates the mock, its state seeded from the spec's examples, with a change report of 12 rows. */
  public GuardianMock() {
    this(DEFAULT_CHANGE_REPORT_ROWS);
  }

  /**
   * Creates the mock with a change report of any size (it is generated while it is sent).
   *
   * @param changeReportRows the number of rows of the change report
   */
  public GuardianMock(long changeReportRows) {
    super("guardian", SPEC);
    if (changeReportRows < 0) {
      throw new IllegalArgumentException("changeReportRows must not be negative, was " + changeReportRows);
    }
    this.reports = new ReportRoutes(state, changeReportRows);
  }

  /**
   * The spec gives createExternalEvent and createLegacyEvent the same request line (its decision
   * on the seed's collision); the validator resolves it to createExternalEvent, whose body has no
   * room for a legacy event's fields. Only those fields, on that request, are let pass.
   */
  @Override
  protected com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist contractExceptions() {
    return com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist.create().withRule(
        "createLegacyEvent shares POST /api/v2/events.json with createExternalEvent",
        com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf(
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest(),
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs(
                io.swagger.v3.oas.models.PathItem.HttpMethod.POST),
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp("^/api/v2/events\\.json$"),
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey(
                "validation.request.body.schema.additionalProperties")));
  }

  @Override
  protected String pathPattern() {
    return "/api/v2/.*";
  }

  @Override
  protected String credentialPattern() {
    return "Token token=\"[^\"\\s]+\"";
  }

  @Override
  protected JsonNode unauthorizedBody() {
    return GuardianErrors.body(GuardianErrors.NO_AUTHORIZATION);
  }

  @Override
  public void resetState() {
    state.reset();
  }

  @Override
  protected ResponseDefinition respond(MockCall call) {
    ResponseDefinition missing = missingRecord(call);
    if (missing != null) {
      return missing;
    }
    for (Route route : List.<Route>of(nodes::respond, nodeGroups::respond, environments::respond, reports::respond,
        this::users, this::events)) {
      ResponseDefinition answer = route.respond(call);
      if (answer != null) {
        return answer;
      }
    }
    JsonNode example = call.operation().example();
    if (example != null && example.isArray() && call.query("page") != null) {
      return GuardianPages.page(call, toList(example));
    }
    return super.respond(call);
  }

  @Override
  protected InputStreamSource streamedBody(MockCall call) {
    return reports.document(call);
  }

  /** Answers one call, or null when the call is someone else's. */
  private interface Route {
    ResponseDefinition respond(MockCall call);
  }

  private ResponseDefinition missingRecord(MockCall call) {
    Map<String, LongPredicate> parents = Map.of("nodeId", state::hasNode, "nodeGroupId", state::hasNodeGroup,
        "environmentId", id -> state.environment(id) != null);
    for (Map.Entry<String, LongPredicate> parent : parents.entrySet()) {
      String text = call.pathParameter(parent.getKey());
      if (text != null) {
        Long id = MockCall.longValue(text);
        if (id == null || !parent.getValue().test(id)) {
          return GuardianErrors.notFound();
        }
      }
    }
    return null;
  }

  private ResponseDefinition users(MockCall call) {
    String operationId = call.operation().operationId();
    if (!Set.of("inviteUser", "updateUserRole", "removeUser").contains(operationId)) {
      return null;
    }
    String email = call.query("email");
    if (email == null || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
      return GuardianErrors.unprocessable("Email is invalid (a '+' must be sent as %2B): " + email);
    }
    String role = call.query("role");
    if (operationId.equals("removeUser")) {
      return empty(204);
    }
    if (role == null || !(operationId.equals("inviteUser") ? INVITE_ROLES : ROLES).contains(role)) {
      return GuardianErrors.unprocessable("Role is not valid: " + role);
    }
    if (operationId.equals("updateUserRole")) {
      return empty(204);
    }
    return json(201, JsonNodeFactory.instance.objectNode().put("email", email).put("organisation_id", 12).put("role", role));
  }

  /**
   * External and legacy events share {@code POST /api/v2/events.json}; the concrete path is the
   * external event's, so a body without {@code variables} is answered as a legacy event.
   */
  private ResponseDefinition events(MockCall call) {
    if (!call.operation().operationId().equals("createExternalEvent")) {
      return null;
    }
    JsonNode body = call.jsonObjectBody();
    if (body == null || body.has("variables")) {
      return null;
    }
    return json(201, spec().operation("createLegacyEvent").example());
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
