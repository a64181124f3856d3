package io.secplat.mock.veza;

import io.secplat.mock.ProviderStates;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.SpecDrivenMock;
import io.secplat.mock.openapi.SpecOperation;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The Veza mock provider: every operation of {@code specs/veza/veza.yaml} (40).
 *
 * <ul>
 *   <li><b>Auth</b>: a missing or malformed {@code Authorization: Bearer <API key>} header (scheme
 *       case-insensitive, one token without spaces) gets 401 {@code Unauthenticated}; any
 *       well-formed key is accepted. Only Veza's prefixes are guarded: {@code /api/v1/assessments/},
 *       {@code /api/v1/graph/}, {@code /api/preview/graph/}, {@code /api/private/assessments/}.
 *   <li><b>Errors</b>: always the {@code VezaErrors} envelope {@code {code, message, request_id,
 *       timestamp, details}} with a fresh UUID request id. {@code code} is a string, the gRPC
 *       status name as the spec's VezaError.code documents it: {@code InvalidArgument} (400),
 *       {@code Unauthenticated} (401), {@code NotFound} (404), {@code Unimplemented} (405),
 *       {@code AlreadyExists} (409). The spec documents no request-id header, so none is sent. A
 *       path under those prefixes that matches no operation gets 404 {@code NotFound}, a known
 *       path with another method 405 {@code Unimplemented}.
 *   <li><b>Saved queries</b> ({@code SavedQueries}) live in {@link VezaState}, seeded from the
 *       spec's examples ({@code VezaSeed}). ListAssessmentQueries pages them with
 *       {@code page_size}/{@code page_token} ({@code VezaPaging}); {@code risks_only} (and the
 *       deprecated {@code violations_only}) keeps queries whose risk_level is set and not NONE;
 *       {@code filter} understands one SCIM comparison ({@code QueryFilter}); {@code order_by}
 *       (no documented values) keeps creation order; {@code include_inactive_queries},
 *       {@code include_results} and {@code include_natural_language} are accepted and change
 *       nothing: the mock has no inactive queries and always returns the stored result fields.
 *       Create and update need a spec with a source node type (else 400 InvalidArgument); get,
 *       update and delete answer 404 NotFound for an unknown id; delete accepts {@code force}.
 *   <li><b>Running queries</b> ({@code NodeResults}): each node listing serves 250 nodes derived
 *       from the documented node(s) with distinct ids; the result calls count them.
 *   <li><b>Paging</b> ({@code VezaPaging}), for the node listings and ListAssessmentQueries:
 *       {@code page_size} 0 or absent is 100, at most 1000; tokens are opaque (base64 of offset
 *       and page index); the second page of every listing that has one is served EMPTY with
 *       {@code has_more: true} and a token continuing at the same offset; the last page has
 *       {@code has_more: false} and {@code next_page_token: ""}; a token the mock did not issue
 *       is 400 InvalidArgument. With the default size a node listing takes four requests
 *       (100, 0, 100, 50).
 *   <li><b>Tags</b> ({@code Tags}): create, add and remove check their required body fields
 *       (else 400 InvalidArgument) and answer {@code {}}. <b>Tag promotions</b> are stored:
 *       PromoteTag adds (409 AlreadyExists for the same tag_key and tag_type), ListTagPromotions
 *       lists, DemoteTag removes (404 NotFound when absent). There are none at the start: the spec
 *       embeds no ListTagPromotions example (its reference sample has an integer tag_type).
 *   <li><b>Private assessments</b> ({@code PrivateAssessments}) check the required fields of
 *       their request schema and answer the documented response named like the request example
 *       the body equals, else the first one.
 * </ul>
 */
public final class VezaMock extends SpecDrivenMock {
  /** Where the Veza contract sits on the classpath. */
  public static final String SPEC = "specs/veza/veza.yaml";

  private final VezaState state = new VezaState(VezaSeed.from(spec()));
  private final SavedQueries queries = new SavedQueries(state, spec());
  private final NodeResults results = new NodeResults(state, spec());
  private final Tags tags = new Tags(state);
  private final OaaState oaa = new OaaState();
  /** The provider states the suite's Veza pacts name. */
  private final ProviderStates states = new ProviderStates()
      .holds("the graph has .*", "no tag \\S+ exists", "node \\S+ exists", "node \\S+ is tagged \\S+",
          "tag \\S+ is not promoted", "Snowflake roles are analysed")
      .on("no saved queries", (name, params) -> state.clearQueries())
      .on("saved queries exist", (name, params) ->
          state.ensureQuery("00000000-0000-4000-8000-000000000001", "Okta users without MFA"))
      .on("saved query (\\S+) exists", (name, params) -> state.ensureQuery(name.group(1), "Okta users without MFA"))
      .on("tag (\\S+) is promoted", (name, params) -> state.promote(
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
              .put("tag_key", name.group(1)).put("tag_type", "AWSTag")))
      .on("no custom providers", (name, params) -> oaa.reset())
      .on("custom provider (\\S+) exists", (name, params) -> oaa.addProvider(name.group(1), "acme-app", "application"))
      .on("data source (\\S+) of provider (\\S+) exists",
          (name, params) -> oaa.ensureDataSource(name.group(2), name.group(1), "acme-prod"))
      .on("upload (\\S+) of data source (\\S+) of provider (\\S+) holds one part", (name, params) -> {
        oaa.ensureDataSource(name.group(3), name.group(2), "acme-prod");
        oaa.ensureUpload(name.group(1), name.group(2), ("{\"applications\":[{\"name\":\"portal\","
            + "\"application_type\":\"AcmePortal\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      })
      .on("report (\\S+) exists", (name, params) -> {
        state.ensureQuery("00000000-0000-4000-8000-000000000001", "Okta users without MFA");
        oaa.putReport(name.group(1), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .put("id", name.group(1)).put("name", "Weekly access").put("description", "Weekly access")
            .set("queries", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()));
      });
  private final PrivateAssessments privateAssessments = new PrivateAssessments(spec());
  private final OaaProviders oaaProviders = new OaaProviders(oaa);
  private final OaaPush oaaPush = new OaaPush(oaa);
  private final AssessmentReports reports = new AssessmentReports(oaa, state);
  private final OaaNodes oaaNodes = new OaaNodes(oaa);

  /** Creates the mock, its state seeded from the spec's examples. */
  public VezaMock() {
    super("veza", SPEC);
  }

  /**
   * Veza's own Python client (Veza/oaaclient-py, see the spec's x-evidence) sends boolean query
   * parameters as Python spells them, {@code True} and {@code False}; Veza's service takes them.
   * Only that spelling of a boolean is let pass the contract check.
   */
  @Override
  protected com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist contractExceptions() {
    return com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist.create().withRule(
        "oaaclient sends boolean query parameters as True/False",
        com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf(
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest(),
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey(
                "validation.request.parameter.schema.invalidJson"),
            com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp(
                "Unrecognized token '(True|False)'")));
  }

  @Override
  protected String pathPattern() {
    return "/api/(v1/assessments|v1/graph|preview/graph|private/assessments|v1/providers|preview/assessments)/.*";
  }

  @Override
  protected String credentialPattern() {
    return "(?i:bearer) [^\\s]+";
  }

  @Override
  protected JsonNode unauthorizedBody() {
    return VezaErrors.body(VezaErrors.UNAUTHENTICATED, "missing or malformed Authorization: Bearer <API key> header");
  }

  @Override
  protected JsonNode contractViolationBody(String message) {
    return VezaErrors.body(VezaErrors.INVALID_ARGUMENT, message);
  }

  @Override
  protected boolean answersUnmatchedRequests() {
    return true;
  }

  @Override
  protected ResponseDefinition unmatched(Request request) {
    String path = URI.create(request.getUrl()).getRawPath();
    for (SpecOperation operation : spec().operations()) {
      if (Pattern.matches(operation.pathRegex(), path)) {
        return VezaErrors.error(405, VezaErrors.UNIMPLEMENTED, "Method Not Allowed: " + request.getMethod() + " " + path);
      }
    }
    return VezaErrors.notFound("Not Found: " + path);
  }

  @Override
  public void resetState() {
    state.reset();
    oaa.reset();
  }

  /**
   * @param dataSourceId a data source id
   * @return the payload last pushed to it, decoded, if any
   */
  public java.util.Optional<JsonNode> pushedPayload(String dataSourceId) {
    return oaa.payload(dataSourceId);
  }

  @Override
  public boolean applyState(String name, java.util.Map<String, Object> params) {
    return states.apply(name, params);
  }

  @Override
  protected ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "ListAssessmentQueries":
        return queries.list(call);
      case "CreateAssessmentQuery":
        return queries.create(call);
      case "GetAssessmentQuery":
        return queries.get(call);
      case "UpdateAssessmentQuery":
        return queries.update(call);
      case "DeleteAssessmentQuery":
        return queries.delete(call);
      case "GetAssessmentQueryNodes":
      case "GetAssessmentQueryDestinationNodes":
        return results.savedQueryNodes(call);
      case "GetAssessmentQueryResult":
        return results.savedQueryResult(call);
      case "GetAssessmentQuerySpecResult":
        return oaaNodes.ofType(oaaSourceType(call)).map(OaaNodes::count)
            .orElseGet(() -> results.specResult(call));
      case "GetAssessmentQuerySpecNodes":
        return oaaNodes.ofType(oaaSourceType(call)).map(nodes -> oaaNodes.page(call, nodes))
            .orElseGet(() -> results.specNodes(call));
      case "GetAssessmentQuerySpecDestinationNodes":
        return results.specDestinationNodes(call);
      case "CreateVezaTag":
        return tags.create(call);
      case "AddVezaTag":
        return tags.add(call);
      case "RemoveVezaTag":
        return tags.remove(call);
      case "ListTagPromotions":
        return tags.listPromotions();
      case "PromoteTag":
        return tags.promote(call);
      case "DemoteTag":
        return tags.demote(call);
      case "RoleExists":
      case "RoleMaintenance":
      case "GetAccessRelationship":
      case "CohortRoleAnalysis":
        return privateAssessments.respond(call);
      default:
        return respondOaa(call);
    }
  }

  private static String oaaSourceType(MockCall call) {
    JsonNode body = call.jsonObjectBody();
    return body == null ? null : QuerySpecs.sourceType(body);
  }

  private ResponseDefinition respondOaa(MockCall call) {
    switch (call.operation().operationId()) {
      case "ListCustomProviders":
        return oaaProviders.list(call);
      case "CreateCustomProvider":
        return oaaProviders.create(call);
      case "ListCustomProviderTemplates":
        return oaaProviders.templates();
      case "GetCustomProvider":
        return oaaProviders.get(call);
      case "UpdateCustomProviderProvisioning":
        return oaaProviders.updateProvisioning(call);
      case "DeleteCustomProvider":
        return oaaProviders.delete(call);
      case "UpdateCustomProviderIcon":
        return oaaProviders.icon(call);
      case "ListCustomDataSources":
        return oaaProviders.listDataSources(call);
      case "CreateCustomDataSource":
        return oaaProviders.createDataSource(call);
      case "GetCustomDataSource":
        return oaaProviders.getDataSource(call);
      case "DeleteCustomDataSource":
        return oaaProviders.deleteDataSource(call);
      case "PushCustomDataSource":
        return oaaPush.push(call);
      case "PushCustomDataSourceParts":
        return oaaPush.parts(call);
      case "ListAssessmentReports":
        return reports.list(call);
      case "CreateAssessmentReport":
        return reports.create(call);
      case "GetAssessmentReport":
        return reports.get(call);
      case "UpdateAssessmentReport":
        return reports.update(call);
      case "DeleteAssessmentReport":
        return reports.delete(call);
      case "AddQueryToAssessmentReport":
        return reports.addQuery(call);
      default:
        return super.respond(call);
    }
  }

  @Override
  public java.util.List<String> states() {
    return states.patterns();
  }
}
