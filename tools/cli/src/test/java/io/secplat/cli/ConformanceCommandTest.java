package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.veza.VezaMock;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.contract.Conformance;
import io.secplat.core.contract.ConformanceReport;
import io.secplat.core.contract.ConformanceRow;
import io.secplat.core.contract.ScratchRoundTrip;
import io.secplat.guardian.GuardianClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code secplat <vendor> conformance} against mock providers on 127.0.0.1: a conforming mock
 * exits 0; a mock whose answers were altered, one drift per kind the tolerant reader knows (list
 * vs scalar, number vs string, unknown enum value, missing required field), is reported at exactly
 * the altered paths and exits 9.
 */
class ConformanceCommandTest {
  private static final String BRITIVE_TOKEN = "conformance-token-0001";
  private static final String VEZA_KEY = "conformance-key-0001";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static MockProviders mocks;
  private static Map<String, String> environment;

  @TempDir
  Path folder;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock(), new VezaMock(), new GuardianMock());
    environment = Map.of("BRITIVE_BASE_URL", mocks.baseUrl(), "BRITIVE_TOKEN", BRITIVE_TOKEN,
        "VEZA_BASE_URL", mocks.baseUrl(), "VEZA_API_KEY", VEZA_KEY,
        "GUARDIAN_BASE_URL", mocks.baseUrl(), "GUARDIAN_API_KEY", "conformance-api-key",
        "GUARDIAN_SECRET_KEY", "conformance-secret-key");
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.faults().clear();
    mocks.resetState();
    mocks.resetRequestCounts();
  }

  @Test
  void aConformingTenantExitsZeroAndWritesTheReport() throws IOException {
    Path report = folder.resolve("britive.json");

    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "britive", "conformance", "--input", "appId=app-1",
        "--report", report.toString());

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.OK.code);
    assertThat(run.out()).contains("listEnvironments  ok").containsPattern("Britive: \\d+ ok, 0 drift, 0 error");
    JsonNode written = JSON.readTree(report.toFile());
    assertThat(written.path("vendor").asText()).isEqualTo("Britive");
    assertThat(written.path("drifted").asBoolean(true)).isFalse();
    assertThat(written.path("rows")).isNotEmpty()
        .allSatisfy(row -> assertThat(row.path("status").asText()).isIn("ok", "skipped"));
    assertThat(run.out() + run.err()).doesNotContain(BRITIVE_TOKEN);
  }

  @Test
  void driftOfListScalarNumberStringAndMissingRequiredIsReportedAtExactlyItsPathsAndExitsNine() throws Exception {
    String environments = "/api/apps/app-1/environments";
    String accounts = "/api/apps/app-1/environments/1111/accounts";
    String permissions = "/api/apps/app-1/environments/1111/permissions";
    // missing required field: environmentId dropped from the first environment
    ArrayNode environmentList = (ArrayNode) fetch(environments, "Authorization", "TOKEN " + BRITIVE_TOKEN);
    ((ObjectNode) environmentList.get(0)).remove("environmentId");
    // number vs string: an account's nativeName sent as a number
    ObjectNode accountPage = (ObjectNode) fetch(accounts + "?page=0&size=100", "Authorization", "TOKEN " + BRITIVE_TOKEN);
    ((ObjectNode) accountPage.path("data").get(0)).put("nativeName", 4711);
    // list vs scalar: the page's data sent as its first element
    ObjectNode permissionPage = (ObjectNode) fetch(permissions + "?page=0&size=100", "Authorization", "TOKEN " + BRITIVE_TOKEN);
    permissionPage.set("data", permissionPage.path("data").get(0));
    mocks.faults().always(environments, MockFault.status(200).body(environmentList.toString()))
        .always(accounts, MockFault.status(200).body(accountPage.toString()))
        .always(permissions, MockFault.status(200).body(permissionPage.toString()));

    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "britive", "conformance", "--input", "appId=app-1",
        "--input", "envId=1111");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(9);
    assertThat(driftLines(run.out())).containsExactlyInAnyOrder(
        "listEnvironments  drift  $[*].environmentId  expected a value, found absent (MISSING_REQUIRED)",
        "listAccounts  drift  $.data[*].nativeName  expected string, found number (NUMBER_FOR_STRING)",
        "listPermissions  drift  $.data  expected array, found object (SCALAR_FOR_LIST)");
  }

  @Test
  void anUnknownEnumValueIsReportedAtItsPathAndExitsNine() throws Exception {
    String queries = "/api/v1/assessments/queries";
    ObjectNode list = (ObjectNode) fetch(queries, "Authorization", "Bearer " + VEZA_KEY);
    ((ObjectNode) list.path("values").get(0)).put("query_type", "A_KIND_NOBODY_DOCUMENTED");
    mocks.faults().always(queries, MockFault.status(200).body(list.toString()));

    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "veza", "conformance");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(9);
    assertThat(driftLines(run.out())).singleElement().asString()
        .startsWith("ListAssessmentQueries  drift  $.values[*].query_type  expected one of [")
        .endsWith("found a value the contract does not list (UNKNOWN_ENUM_VALUE)")
        .doesNotContain("A_KIND_NOBODY_DOCUMENTED");
  }

  @Test
  void allowWritesCreatesAndDeletesAScratchNodeGroup() {
    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "guardian", "conformance", "--allow-writes");

    assertThat(run.out()).as(run.out() + run.err()).contains("createNodeGroup/deleteNodeGroup  ok");
    assertThat(mocks.requestCount("POST", "/api/v2/node_groups.json")).isEqualTo(1);
    assertThat(mocks.requestCount("DELETE", "/api/v2/node_groups/\\d+.json")).isEqualTo(1);
    assertThat(scratchGroupsLeft()).isZero();
  }

  @Test
  void theScratchObjectIsDeletedEvenWhenTheDeleteMeetsA503Once() {
    ScratchRoundTrip nodeGroup = ScratchObjects.of(Vendor.GUARDIAN, Map.of()).get(0);
    // the delete of exactly this scratch group meets one 503, injected as soon as its id is known
    ScratchRoundTrip faulty = new ScratchRoundTrip(nodeGroup.name(), client -> {
      String id = nodeGroup.create().apply(client);
      mocks.faults().next("/api/v2/node_groups/" + id + ".json", MockFault.status(503));
      return id;
    }, nodeGroup.delete());
    try (GuardianClient guardian = GuardianClient.builder().baseUrl(mocks.baseUrl())
        .apiKey(Secret.of("conformance-api-key")).secretKey(Secret.of("conformance-secret-key"))
        .retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      ConformanceReport report = Conformance.of(guardian).allowWrites(List.of(faulty)).run();

      assertThat(report.rows()).last().satisfies(row -> {
        assertThat(row.operation()).isEqualTo("createNodeGroup/deleteNodeGroup");
        assertThat(row.status()).isEqualTo(ConformanceRow.Status.ok);
      });
    }
    assertThat(mocks.requestCount("DELETE", "/api/v2/node_groups/\\d+.json")).isEqualTo(2);
    assertThat(scratchGroupsLeft()).isZero();
  }

  @Test
  void allowWritesCreatesAndDeletesAScratchBritiveEnvironmentGroupInTheGivenApp() {
    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "britive", "conformance", "--input", "appId=app-1",
        "--allow-writes");

    assertThat(run.out()).as(run.out() + run.err()).contains("createEnvironmentGroup/deleteEnvironmentGroup  ok");
    assertThat(mocks.requestCount("POST", "/api/apps/app-1/root-environment-group/groups")).isEqualTo(1);
    assertThat(mocks.requestCount("DELETE", "/api/apps/app-1/environment-groups/.+")).isEqualTo(1);
    assertThat(scratchEnvironmentGroupsLeft()).isZero();
  }

  @Test
  void allowWritesCreatesAndDeletesAScratchVezaSavedQuery() {
    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "veza", "conformance", "--allow-writes");

    assertThat(run.out()).as(run.out() + run.err()).contains("CreateAssessmentQuery/DeleteAssessmentQuery  ok");
    assertThat(mocks.requestCount("POST", "/api/v1/assessments/queries")).isEqualTo(1);
    assertThat(mocks.requestCount("DELETE", "/api/v1/assessments/queries/.+")).isEqualTo(1);
    assertThat(scratchQueriesLeft()).isZero();
  }

  @Test
  void theBritiveAndVezaScratchObjectsAreDeletedEvenWhenTheDeleteMeetsA503Once() {
    ScratchRoundTrip group = ScratchObjects.of(Vendor.BRITIVE, Map.of("appId", "app-1")).get(0);
    ScratchRoundTrip britiveFaulty = new ScratchRoundTrip(group.name(), client -> {
      String id = group.create().apply(client);
      mocks.faults().next("/api/apps/app-1/environment-groups/" + id, MockFault.status(503));
      return id;
    }, group.delete());
    try (io.secplat.britive.BritiveClient britive = io.secplat.britive.BritiveClient.builder().baseUrl(mocks.baseUrl())
        .token(Secret.of(BRITIVE_TOKEN)).retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      assertThat(Conformance.of(britive).input("appId", "app-1").allowWrites(List.of(britiveFaulty)).run().rows()).last()
          .satisfies(row -> assertThat(row.describe()).isEqualTo("createEnvironmentGroup/deleteEnvironmentGroup  ok"));
    }
    ScratchRoundTrip query = ScratchObjects.of(Vendor.VEZA, Map.of()).get(0);
    ScratchRoundTrip vezaFaulty = new ScratchRoundTrip(query.name(), client -> {
      String id = query.create().apply(client);
      mocks.faults().next("/api/v1/assessments/queries/" + id, MockFault.status(503));
      return id;
    }, query.delete());
    try (io.secplat.veza.VezaClient veza = io.secplat.veza.VezaClient.builder().baseUrl(mocks.baseUrl())
        .apiKey(Secret.of(VEZA_KEY)).retryPolicy(RetryPolicy.none()).strictContracts().build()) {
      assertThat(Conformance.of(veza).allowWrites(List.of(vezaFaulty)).run().rows()).last()
          .satisfies(row -> assertThat(row.describe()).isEqualTo("CreateAssessmentQuery/DeleteAssessmentQuery  ok"));
    }
    assertThat(mocks.requestCount("DELETE", "/api/apps/app-1/environment-groups/.+")).isEqualTo(2);
    assertThat(mocks.requestCount("DELETE", "/api/v1/assessments/queries/.+")).isEqualTo(2);
    assertThat(scratchEnvironmentGroupsLeft()).isZero();
    assertThat(scratchQueriesLeft()).isZero();
  }

  @Test
  void aBritiveScratchGroupWithoutTheAppIsAnErrorBeforeAnyRequest() {
    SecplatCliAccess.Run run = SecplatCliAccess.run(environment, "britive", "conformance", "--allow-writes");

    assertThat(run.out()).contains("createEnvironmentGroup/deleteEnvironmentGroup  error  IllegalArgumentException: "
        + "a scratch environment group needs the application: --input appId=ID");
    assertThat(mocks.requestCount("POST", "/api/apps/.+/root-environment-group/groups")).isZero();
  }

  /** @return environment groups of app-1 whose name marks them as conformance scratch objects */
  private static long scratchEnvironmentGroupsLeft() {
    try (io.secplat.britive.BritiveClient britive = io.secplat.britive.BritiveClient.builder().baseUrl(mocks.baseUrl())
        .token(Secret.of(BRITIVE_TOKEN)).build()) {
      return britive.environments().summarize("app-1", io.secplat.britive.TreeSummaryType.ENVIRONMENT_GROUPS).stream()
          .filter(group -> group.getName() != null && group.getName().startsWith(ScratchObjects.PREFIX)).count();
    }
  }

  /** @return Veza saved queries whose name marks them as conformance scratch objects */
  private static long scratchQueriesLeft() {
    try (io.secplat.veza.VezaClient veza = io.secplat.veza.VezaClient.builder().baseUrl(mocks.baseUrl())
        .apiKey(Secret.of(VEZA_KEY)).build()) {
      return veza.savedQueries().list(io.secplat.veza.QueryListOptions.defaults()).stream()
          .filter(query -> query.getName() != null && query.getName().startsWith(ScratchObjects.PREFIX)).count();
    }
  }

  /** @return node groups the mock still holds whose name marks them as conformance scratch objects */
  private static long scratchGroupsLeft() {
    try (GuardianClient guardian = GuardianClient.builder().baseUrl(mocks.baseUrl())
        .apiKey(Secret.of("conformance-api-key")).secretKey(Secret.of("conformance-secret-key")).build()) {
      return guardian.nodeGroups().list().stream().filter(group -> group.getName() != null
          && group.getName().startsWith(ScratchObjects.PREFIX)).count();
    }
  }

  private static List<String> driftLines(String out) {
    List<String> lines = new ArrayList<>();
    out.lines().filter(line -> line.contains("  drift  ")).forEach(lines::add);
    return lines;
  }

  private static JsonNode fetch(String path, String header, String value) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(mocks.baseUrl() + path)).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
