package io.secplat.mock.guardian;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.ProviderStates;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.SpecDrivenMock;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Provider states (the Pact state names of the suite's Guardian pacts, set through
 * {@code POST /_pact/provider-states} or {@code MockProviders.applyState}) are listed in the
 * {@code states} field: for example {@code node 311 exists}, {@code node group 1 holds nodes 312
 * and 313}, {@code the organisation has three changes}, {@code job 1 has run}. Records the spec
 * documents as empty listings (ServiceNow records, integrations, job tasks, events, ...) exist only
 * once a state seeds them.
 */
public final class GuardianMock extends SpecDrivenMock {
  /** Where the Guardian contract sits on the classpath. */
  public static final String SPEC = "specs/guardian/guardian.yaml";
  /** Rows of the change report unless another number is given. */
  public static final long DEFAULT_CHANGE_REPORT_ROWS = 12;
  private static final long MAX_NODES_PER_STATE = 1000;

  private final GuardianState state = new GuardianState(GuardianSeed.from(spec()));
  private final NodeRoutes nodes = new NodeRoutes(state);
  private final NodeGroupRoutes nodeGroups = new NodeGroupRoutes(state);
  private final EnvironmentRoutes environments = new EnvironmentRoutes(state);
  private final SeededRoutes seededRoutes = new SeededRoutes(state);
  private final UserRoutes users = new UserRoutes(state);
  private final CatalogRoutes catalog = new CatalogRoutes(state, spec());
  private final StateSeeds seeds = new StateSeeds(state, spec());
  private final ReportRoutes reports;

  /**
   * The provider states the suite's Guardian pacts name. Those about resources the mock answers
   * from the spec's examples hold for the documented records (ids read from the examples); the
   * others seed what they name, ids taken from the state's name.
   */
  private final ProviderStates states = new ProviderStates()
      .holds("nodes can be registered", "node groups can be created",
          "delayed job " + seeds.documentedId("getDelayedJob", "id") + " exists",
          "event view " + seeds.documentedId("getEventView", "id") + " exists",
          "event action " + seeds.documentedId("getEventAction", "id") + " exists",
          "scheduled job " + seeds.documentedId("getScheduledJob", "id") + " exists",
          "connection manager group " + seeds.documentedId("getConnectionManagerGroup", "id") + " exists",
          "operating system " + seeds.documentedId("getPluggable", "operating_system_id") + " has a pluggable",
          // served for any id: the documented record, results and CSV
          "legacy event \\d+ exists", "text file \\d+ exists", "CIS benchmark \\d+ has results", "policy \\d+ has results")
      .holds(documentedOperatingSystems())
      .on("environment (\\d+) exists", (name, params) -> state.ensureEnvironment(id(name, 1)))
      .on("environment (\\d+) has nodes", (name, params) -> state.ensureEnvironmentHasNodes(id(name, 1)))
      .on(StateSeeds.COUNT + " active nodes", (name, params) -> state.keepNodes(StateSeeds.count(name.group(1))))
      .on("no node is named (.+)", (name, params) -> state.deleteNodesNamed(name.group(1)))
      .on("no node group is named (.+)", (name, params) -> state.deleteNodeGroupsNamed(name.group(1)))
      .on("node (\\d+) exists", (name, params) -> state.ensureNode(id(name, 1)))
      .on("node (\\d+) and node group (\\d+) exist", (name, params) -> {
        state.ensureNode(id(name, 1));
        state.ensureNodeGroup(id(name, 2));
      })
      .on("node (\\d+) is in node group (\\d+)", (name, params) -> {
        state.ensureNode(id(name, 1));
        state.ensureNodeGroup(id(name, 2));
        state.addMember(id(name, 2), id(name, 1));
      })
      .on("node (\\d+) has been scanned", (name, params) -> seeds.scanned(id(name, 1)))
      .on("nodes (\\d+) and (\\d+) have been scanned", (name, params) -> {
        seeds.scanned(id(name, 1));
        seeds.scanned(id(name, 2));
      })
      .on("node (\\d+) has " + StateSeeds.COUNT + " diff items",
          (name, params) -> seeds.diffItems(id(name, 1), StateSeeds.count(name.group(2))))
      .on("node (\\S+) is reached over SSH on port (\\d+)", (name, params) -> state.updateNode(
          state.ensureNode(name.group(1)), JsonNodeFactory.instance.objectNode().put("medium_port", id(name, 2))))
      .on("node (\\S+) exists", (name, params) -> state.ensureNode(name.group(1)))
      .on("node group (\\d+) exists", (name, params) -> state.ensureNodeGroup(id(name, 1)))
      .on("node group (\\d+) has nodes", (name, params) -> state.ensureNodeGroupHasNodes(id(name, 1)))
      .on("node group (\\d+) holds nodes (\\d+(?:(?:, | and )\\d+)*)",
          (name, params) -> state.setMembers(id(name, 1), ids(name.group(2))))
      .on("node group (\\d+) and nodes (\\d+) to (\\d+) exist", (name, params) -> {
        if (id(name, 3) - id(name, 2) > MAX_NODES_PER_STATE) {
          throw new IllegalArgumentException("a state makes at most " + MAX_NODES_PER_STATE + " nodes: " + name.group());
        }
        state.ensureNodeGroup(id(name, 1));
        for (long node = id(name, 2); node <= id(name, 3); node++) {
          state.ensureNode(node);
        }
      })
      .on("node group (\\d+) ignores (\\S+) users", (name, params) -> {
        state.ensureNodeGroup(id(name, 1));
        ObjectNode users = JsonNodeFactory.instance.objectNode();
        users.putObject("users").put(name.group(2), true);
        state.ignore(id(name, 1), users);
      })
      .on("node group (\\d+), user (\\d+) and policy (\\d+) exist", (name, params) -> {
        state.ensureNodeGroup(id(name, 1));
        seeds.user(id(name, 2));
        seeds.policy(id(name, 3));
      })
      .on("ServiceNow synchronised change request (\\d+) and incident (\\d+)",
          (name, params) -> seeds.serviceNow(id(name, 1), id(name, 2)))
      .on("connection manager group (\\d+) has a connection manager", (name, params) -> seeds.connectionManager(id(name, 1)))
      .on("integration (\\d+) exists", (name, params) -> seeds.integration(id(name, 1)))
      .on("job (\\d+) has run", (name, params) -> seeds.jobRan(id(name, 1)))
      .on("policy (\\d+) exists", (name, params) -> seeds.policy(id(name, 1)))
      .on("policy (\\d+) has the short description (.+)", (name, params) -> {
        seeds.policy(id(name, 1));
        state.describePolicy(id(name, 1), name.group(2));
      })
      .on("policy (\\d+) has the file check (.+)", (name, params) -> seeds.fileCheck(id(name, 1), name.group(2)))
      .on("user (\\d+) belongs to the organisation", (name, params) -> seeds.user(id(name, 1)))
      .on("(\\S+@\\S+) is already a member", (name, params) -> seeds.member(name.group(1)))
      .on("the appliance reports its disks", (name, params) -> seeds.disks())
      .on("the organisation has scores", (name, params) -> seeds.scores())
      .on("the organisation has " + StateSeeds.COUNT + " login events",
          (name, params) -> seeds.loginEvents(StateSeeds.count(name.group(1))))
      .on("the organisation has " + StateSeeds.COUNT + " changes",
          (name, params) -> state.setChangeReportRows(StateSeeds.count(name.group(1))));

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
  public boolean applyState(String name, Map<String, Object> params) {
    return states.apply(name, params);
  }

  /** @return "Windows 2012 Server is known" for each documented operating system */
  private String[] documentedOperatingSystems() {
    List<String> known = new java.util.ArrayList<>();
    spec().operation("listOperatingSystems").example()
        .forEach(os -> known.add(java.util.regex.Pattern.quote(os.path("description").asText()) + " is known"));
    return known.toArray(String[]::new);
  }

  private static long id(java.util.regex.Matcher name, int group) {
    return Long.parseLong(name.group(group));
  }

  private static List<Long> ids(String text) {
    List<Long> ids = new java.util.ArrayList<>();
    for (String id : text.split(", | and ")) {
      ids.add(Long.valueOf(id));
    }
    return ids;
  }

  @Override
  protected ResponseDefinition respond(MockCall call) {
    ResponseDefinition missing = missingRecord(call);
    if (missing != null) {
      return missing;
    }
    for (Route route : List.<Route>of(nodes::respond, nodeGroups::respond, environments::respond, reports::respond,
        seededRoutes::respond, users::respond, catalog::respond, this::events)) {
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

  @Override
  public java.util.List<String> states() {
    return states.patterns();
  }
}
