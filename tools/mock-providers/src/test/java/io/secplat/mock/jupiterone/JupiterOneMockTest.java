package io.secplat.mock.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JupiterOne mock provider over real HTTP, without the façade. */
class JupiterOneMockTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JupiterOneMock J1 = new JupiterOneMock();
  static MockProviders mocks;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, J1);
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    J1.j1qlPageSize(250).deferredPollsInProgress(1).deferredLinkBase(null).syncReadsFinalizePending(0);
  }

  static HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mocks.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(method, path, body == null ? null : JSON.writeValueAsString(body),
        "Authorization", "Bearer key-1", "JupiterOne-Account", "acc-1", "Content-Type", "application/json");
    JsonNode json = JSON.readTree(response.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("httpStatus", response.statusCode());
    return json;
  }

  static JsonNode graphql(String path, String query, Map<String, Object> variables) throws IOException, InterruptedException {
    return call("POST", path, Map.of("query", query, "variables", variables));
  }

  @Test
  void everyPathNeedsBothTheBearerKeyAndTheAccountHeader() throws Exception {
    String query = "{\"query\":\"query Q { allEntityCounts }\"}";
    assertThat(send("POST", "/graphql", query, "Authorization", "Bearer k").statusCode()).isEqualTo(401);
    assertThat(send("POST", "/iam/graphql", query, "JupiterOne-Account", "a").statusCode()).isEqualTo(401);
    assertThat(send("POST", "/graphql", query, "Authorization", "Token k", "JupiterOne-Account", "a").statusCode()).isEqualTo(401);
    HttpResponse<String> rest = send("GET", "/persister/synchronization/jobs/x", null, "Authorization", "Bearer k");
    assertThat(rest.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(rest.body()).path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(send("POST", "/graphql", query, "Authorization", "Bearer k", "JupiterOne-Account", "a").statusCode()).isEqualTo(200);
  }

  @Test
  void anInvalidDocumentFailsValidationAsAGraphQlServerReportsIt() throws Exception {
    JsonNode result = graphql("/graphql", "query Q($id: Int!) { vertex(id: $id) { id nope } }", Map.of("id", 1));
    assertThat(result.path("httpStatus").asInt()).isEqualTo(200);
    assertThat(result.has("data")).isFalse();
    assertThat(result.path("errors")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(result.path("errors").get(0).path("extensions").path("classification").asText()).isEqualTo("ValidationError");
  }

  @Test
  void eachEndpointServesOnlyItsOwnRootFields() throws Exception {
    JsonNode misrouted = graphql("/graphql", "mutation D($id: ID!) { deleteRuleInstance(id: $id) { id } }", Map.of("id", "r"));
    assertThat(misrouted.path("errors").get(0).path("message").asText())
        .isEqualTo("Validation error (FieldUndefined@[deleteRuleInstance]) : Field 'deleteRuleInstance' in type 'Mutation' is undefined");
    assertThat(J1.graphQlRootFields().get("/rules/graphql"))
        .containsExactly("createQuestionRuleInstance", "deleteRuleInstance", "evaluateRuleInstance", "updateQuestionRuleInstance");
    assertThat(J1.graphQlRootFields().get("/iam/graphql")).containsExactly("addIamUserToGroupByEmail", "createIamGroup",
        "iamGroupUsers", "iamGroups", "removeIamUserFromGroupByEmail", "setResourcePermission", "updateIamGroup");
    assertThat(J1.graphQlRootFields().get("/graphql")).hasSize(34 - 4 - 7);
  }

  @Test
  void theDocumentedJ1qlSampleAnswersTheDocumentedRow() throws Exception {
    JsonNode result = graphql("/graphql", "query J1QL($query: String!, $variables: JSON, $cursor: String) "
        + "{ queryV1(query: $query, variables: $variables, cursor: $cursor) { type data cursor } }",
        Map.of("query", "find Person with _type=${type} return Person.name", "variables", Map.of("type", "employee")));
    assertThat(result.path("data").path("queryV1").toString())
        .isEqualTo("{\"type\":\"table\",\"data\":[{\"Person.name\":\"Mochi\"}],\"cursor\":null}");
  }

  @Test
  void j1qlPagesWithCursorsUntilNull() throws Exception {
    J1.j1qlPageSize(5);
    List<String> keys = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> variables = new java.util.HashMap<>(Map.of("query", "FIND User"));
      if (cursor != null) {
        variables.put("cursor", cursor);
      }
      JsonNode page = graphql("/graphql", "query J1QL($query: String!, $cursor: String) "
          + "{ queryV1(query: $query, cursor: $cursor) { type data cursor } }", variables).path("data").path("queryV1");
      assertThat(page.path("type").asText()).isEqualTo("list");
      page.path("data").forEach(row -> keys.add(row.path("entity").path("_key").asText()));
      cursor = page.path("cursor").isNull() ? null : page.path("cursor").asText();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(keys).hasSize(12).doesNotHaveDuplicates().startsWith("iam-user-1").endsWith("iam-user-12");
  }

  @Test
  void aDeferredQueryIsInProgressOnceThenCompletedWithAResultsLink() throws Exception {
    JsonNode deferred = graphql("/graphql", "query J1QL($query: String!, $deferredResponse: DeferredResponseOption) "
        + "{ queryV1(query: $query, deferredResponse: $deferredResponse) { type url } }",
        Map.of("query", "FIND Person", "deferredResponse", "FORCE")).path("data").path("queryV1");
    assertThat(deferred.path("type").asText()).isEqualTo("deferred");
    String state = deferred.path("url").asText();
    assertThat(state).startsWith(mocks.baseUrl() + "/j1-deferred/");

    String path = URI.create(state).getPath();
    assertThat(JSON.readTree(send("GET", path, null).body()).path("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode completed = JSON.readTree(send("GET", path, null).body());
    assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode results = JSON.readTree(send("GET", URI.create(completed.path("url").asText()).getPath(), null).body());
    assertThat(results.path("type").asText()).isEqualTo("list");
    assertThat(results.path("data").get(0).path("properties").path("name").asText()).isEqualTo("Mochi");
    assertThat(results.path("cursor").isNull()).isTrue();
  }

  @Test
  void theCountsAreTheDocumentedSamples() throws Exception {
    JsonNode data = graphql("/graphql", "query testQuery ($classes: [String], $filterType: FilterType) "
        + "{ typeCounts (classes: $classes, filterType: $filterType) }", Map.of("classes", List.of("User", "AccessPolicy"),
        "filterType", "OR")).path("data");
    assertThat(data.path("typeCounts").toString()).isEqualTo("{\"iam_user\":12,\"iam_managed_policy\":10,\"iam_role_policy\":10}");
  }

  @Test
  void aSyncJobMovesThroughTheDocumentedStatesWithCountsThatAddUp() throws Exception {
    J1.syncReadsFinalizePending(1);
    String id = call("POST", "/persister/synchronization/jobs", Map.of("source", "api", "scope", "s1"))
        .path("job").path("id").asText();
    JsonNode uploaded = call("POST", "/persister/synchronization/jobs/" + id + "/entities",
        Map.of("entities", List.of(Map.of("_key", "1", "_type", "t"), Map.of("_key", "2", "_type", "t"))));
    assertThat(uploaded.path("job").path("status").asText()).isEqualTo("AWAITING_UPLOADS");
    call("POST", "/persister/synchronization/jobs/" + id + "/relationships",
        Map.of("relationships", List.of(Map.of("_key", "a", "_type", "r", "_fromEntityKey", "1", "_toEntityKey", "2"))));
    assertThat(call("POST", "/persister/synchronization/jobs/" + id + "/finalize", null).path("job").path("status").asText())
        .isEqualTo("FINALIZE_PENDING");
    JsonNode finished = call("GET", "/persister/synchronization/jobs/" + id, null).path("job");
    assertThat(finished.path("status").asText()).isEqualTo("FINISHED");
    assertThat(finished.path("numEntitiesUploaded").asLong()).isEqualTo(2);
    assertThat(finished.path("numEntitiesCreated").asLong()).isEqualTo(2);
    assertThat(finished.path("numRelationshipsCreated").asLong()).isEqualTo(1);

    // the same scope again, DIFF: key 1 stays (updated), key 2 goes (deleted), key 3 is new
    J1.syncReadsFinalizePending(0);
    String second = call("POST", "/persister/synchronization/jobs", Map.of("source", "api", "scope", "s1"))
        .path("job").path("id").asText();
    call("POST", "/persister/synchronization/jobs/" + second + "/upload",
        Map.of("entities", List.of(Map.of("_key", "1", "_type", "t"), Map.of("_key", "3", "_type", "t"))));
    JsonNode job = call("POST", "/persister/synchronization/jobs/" + second + "/finalize", null).path("job");
    assertThat(job.path("status").asText()).isEqualTo("FINISHED");
    assertThat(List.of(job.path("numEntitiesCreated").asLong(), job.path("numEntitiesUpdated").asLong(),
        job.path("numEntitiesDeleted").asLong(), job.path("numRelationshipsDeleted").asLong())).containsExactly(1L, 1L, 1L, 1L);
    JsonNode late = call("POST", "/persister/synchronization/jobs/" + second + "/entities",
        Map.of("entities", List.of(Map.of("_key", "9", "_type", "t"))));
    assertThat(late.path("httpStatus").asInt()).isEqualTo(400);
    assertThat(late.path("error").path("message").asText()).contains("is FINISHED and accepts no uploads");
  }

  @Test
  void badUploadsAreRefusedWholeAndUnknownJobsAreNotFound() throws Exception {
    String id = call("POST", "/persister/synchronization/jobs", Map.of("source", "api", "scope", "s2"))
        .path("job").path("id").asText();
    JsonNode missingKey = call("POST", "/persister/synchronization/jobs/" + id + "/entities",
        Map.of("entities", List.of(Map.of("_key", "1", "_type", "t"), Map.of("_type", "t"))));
    assertThat(missingKey.path("httpStatus").asInt()).isEqualTo(400);
    // the contract check refuses it before the job sees it, naming the rule the request broke
    assertThat(missingKey.path("message").asText()).contains("[validation.request.body.schema.required]")
        .contains("_key");
    assertThat(call("GET", "/persister/synchronization/jobs/" + id, null).path("job").path("numEntitiesUploaded").asLong()).isZero();
    assertThat(call("GET", "/persister/synchronization/jobs/nope", null).path("httpStatus").asInt()).isEqualTo(404);
    assertThat(call("POST", "/persister/synchronization/jobs", Map.of("source", "api")).path("message").asText())
        .isEqualTo("scope is required for a DIFF job of source api");
  }

  @Test
  void aBatchOfGraphQlOperationsIsAnsweredWithAnArrayInOrder() throws Exception {
    String batch = "[{\"query\":\"query A { allEntityCounts }\",\"operationName\":\"A\"},"
        + "{\"query\":\"query B { entityCount(filters: {_class: [\\\"User\\\"]}) }\",\"operationName\":\"B\"},"
        + "{\"variables\":{}}]";
    HttpResponse<String> response = send("POST", "/graphql", batch, "Authorization", "Bearer key-1",
        "LifeOmic-Account", "acc-1", "Content-Type", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answers = JSON.readTree(response.body());
    assertThat(answers.isArray()).isTrue();
    assertThat(answers).hasSize(3);
    assertThat(answers.get(0).path("data").path("allEntityCounts").path("classCounts").path("User").asInt()).isEqualTo(12);
    assertThat(answers.get(1).path("data").path("entityCount").asInt()).isEqualTo(12);
    assertThat(answers.get(2).path("errors").get(0).path("message").asText())
        .isEqualTo("the body must be a JSON object with a query string");
  }

  @Test
  void aJobFinalizedWithAnEmptyObjectLandsInTheGraphAndAnAbortedJobAppliesNothing() throws Exception {
    String job = call("POST", "/persister/synchronization/jobs", Map.of("source", "api", "scope", "s1")).path("job").path("id").asText();
    call("POST", "/persister/synchronization/jobs/" + job + "/upload", Map.of("entities",
        List.of(Map.of("_key", "k1", "_type", "t_host", "_class", "Host", "owner", "ops"))));
    JsonNode finalized = call("POST", "/persister/synchronization/jobs/" + job + "/finalize", Map.of());
    assertThat(finalized.path("httpStatus").asInt()).isEqualTo(200);
    JsonNode vertices = call("POST", "/graphql", Map.of("query",
        "{ listVertices(filters: {_type: [\"t_host\"]}) { vertices { entity { _type _class } properties } } }"))
        .path("data").path("listVertices").path("vertices");
    assertThat(vertices).hasSize(1);
    assertThat(vertices.get(0).path("entity").path("_class").toString()).isEqualTo("[\"Host\"]");
    assertThat(vertices.get(0).path("properties").path("owner").asText()).isEqualTo("ops");

    String aborted = call("POST", "/persister/synchronization/jobs", Map.of("source", "api", "syncMode", "CREATE_OR_UPDATE"))
        .path("job").path("id").asText();
    call("POST", "/persister/synchronization/jobs/" + aborted + "/upload", Map.of("entities",
        List.of(Map.of("_key", "k2", "_type", "t_host", "_class", "Host"))));
    JsonNode abort = call("POST", "/persister/synchronization/jobs/" + aborted + "/abort", Map.of("reason", "upload failed"));
    assertThat(abort.path("job").path("status").asText()).isEqualTo("ABORTED");
    assertThat(call("POST", "/persister/synchronization/jobs/" + aborted + "/finalize", Map.of()).path("httpStatus").asInt())
        .isEqualTo(400);
    assertThat(call("POST", "/graphql", Map.of("query", "{ entityCount(filters: {_type: [\"t_host\"]}) }"))
        .path("data").path("entityCount").asInt()).isEqualTo(1);
  }
}
