package io.secplat.mock.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.openapi.OpenApiDocument;
import io.secplat.mock.openapi.SpecOperation;
import io.secplat.mock.veza.VezaHttp.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VezaMockTest {
  /** A seeded saved query: the UpdateAssessmentQuery guide response, also the spec's QueryId example. */
  static final String SEEDED = "06799e24-cd93-4509-94bc-f00b27ed5e3c";
  /** The other seeded queries: ListAssessmentQueries' and CreateAssessmentQuery's guide examples. */
  static final String LISTED = "95ccaca3-c9f6-4711-9219-887e5c102701";
  static final String CREATED = "c169c41c-2650-4f39-8930-f198f70f892b";
  static final String QUERIES = "/api/v1/assessments/queries";
  static final OpenApiDocument SPEC = OpenApiDocument.fromClasspath(VezaMock.SPEC);
  static MockProviders mocks;
  static VezaHttp veza;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new VezaMock());
    veza = new VezaHttp(mocks.baseUrl());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
  }

  // ---- every operation --------------------------------------------------------------------

  record Case(String method, String path, Object body, Consumer<JsonNode> check) {}

  static JsonNode requestExample(String operationId, String name) {
    return SPEC.requestExamples(operationId).get(name);
  }

  /** One call per operation of the spec, in an order that keeps the state meaningful. */
  static Map<String, Case> everyOperation() {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("ListAssessmentQueries", new Case("GET", QUERIES, null, body -> {
      assertThat(ids(body.get("values"))).containsExactly(LISTED, CREATED, SEEDED);
      assertThat(body.get("has_more").asBoolean()).isFalse();
      assertThat(body.get("next_page_token").asText()).isEmpty();
    }));
    cases.put("CreateAssessmentQuery", new Case("POST", QUERIES, requestExample("CreateAssessmentQuery", "guide"),
        body -> {
          assertThat(UUID.fromString(body.get("id").asText())).isNotNull();
          assertThat(body.at("/value/id").asText()).isEqualTo(body.get("id").asText());
          assertThat(body.at("/value/name").asText())
              .isEqualTo(requestExample("CreateAssessmentQuery", "guide").get("name").asText());
          assertThat(body.at("/value/source_type").asText()).isEqualTo("OktaUser");
          assertThat(body.at("/value/visibility").asText()).isEqualTo("PRIVATE");
          assertThat(body.at("/value/created_at").asText()).isNotEmpty();
        }));
    cases.put("GetAssessmentQuery", new Case("GET", QUERIES + "/" + SEEDED, null, body -> {
      assertThat(body.at("/value/id").asText()).isEqualTo(SEEDED);
      assertThat(body.at("/value/name").asText()).isEqualTo("Okta User to S3 - time machine");
    }));
    cases.put("UpdateAssessmentQuery", new Case("PUT", QUERIES + "/" + SEEDED,
        requestExample("UpdateAssessmentQuery", "guide"), body -> {
          assertThat(body.get("id").asText()).isEqualTo(SEEDED);
          assertThat(body.at("/value/name").asText())
              .isEqualTo(requestExample("UpdateAssessmentQuery", "guide").get("name").asText());
          assertThat(body.at("/value/destination_types/0").asText()).isEqualTo("S3Bucket");
        }));
    cases.put("GetAssessmentQueryNodes", new Case("GET", QUERIES + "/" + SEEDED + ":nodes", null, body -> {
      assertThat(body.get("values")).hasSize(VezaPaging.DEFAULT_PAGE_SIZE);
      assertThat(body.at("/values/0/id").asText()).isEqualTo("arn:aws:iam::877042069677:user/j.smith");
      assertThat(body.at("/values/0/type").asText()).isEqualTo("AwsIamUser");
      assertThat(body.get("has_more").asBoolean()).isTrue();
      assertThat(body.get("next_page_token").asText()).isNotEmpty();
    }));
    cases.put("GetAssessmentQueryResult", new Case("GET", QUERIES + "/" + SEEDED + ":result", null, body -> {
      assertThat(body.get("result_type").asText()).isEqualTo("number");
      assertThat(body.get("number_value").asText()).isEqualTo("250");
    }));
    cases.put("GetAssessmentQueryDestinationNodes", new Case("GET", QUERIES + "/" + SEEDED
        + "/destination_nodes?source_node_id=" + encode("arn:aws:iam::877042069677:user/j.smith") + "&page_size=10",
        null, body -> {
          assertThat(body.get("values")).hasSize(10);
          assertThat(body.at("/values/0/id").asText()).isEqualTo("arn:aws:s3:::cai-demo-bucket");
          assertThat(body.at("/values/0/permissions/0/type").asText()).isEqualTo("AwsIamEffectivePermission");
        }));
    cases.put("DeleteAssessmentQuery", new Case("DELETE", QUERIES + "/" + CREATED + "?force=true", null,
        body -> assertThat(body.isObject() && body.isEmpty()).isTrue()));
    cases.put("GetAssessmentQuerySpecResult", new Case("POST", "/api/v1/assessments/query_spec:result",
        requestExample("GetAssessmentQuerySpecResult", "guide"),
        body -> assertThat(body.get("number_value").asText()).isEqualTo("250")));
    cases.put("GetAssessmentQuerySpecNodes", new Case("POST", "/api/v1/assessments/query_spec:nodes?page_size=5",
        requestExample("GetAssessmentQuerySpecNodes", "guide"), body -> {
          assertThat(body.get("values")).hasSize(5);
          assertThat(body.at("/values/0/type").asText()).isEqualTo("AwsIamUser");
          assertThat(body.get("path_values")).isEmpty();
        }));
    cases.put("GetAssessmentQuerySpecDestinationNodes", new Case("POST",
        "/api/v1/assessments/query_spec:destination_nodes",
        requestExample("GetAssessmentQuerySpecDestinationNodes", "guide"), body -> {
          assertThat(body.at("/values/0/id").asText()).isEqualTo("arn:aws:s3:::aws-cloudtrail-logs-877042069677-a35f269d");
          assertThat(body.get("has_more").asBoolean()).isTrue();
        }));
    Consumer<JsonNode> empty = body -> assertThat(body.isObject() && body.isEmpty()).as("%s", body).isTrue();
    cases.put("CreateVezaTag", new Case("POST", "/api/v1/graph/tags", requestExample("CreateVezaTag", "guide"), empty));
    cases.put("AddVezaTag", new Case("POST", "/api/v1/graph/nodes/tags", requestExample("AddVezaTag", "intro"), empty));
    cases.put("RemoveVezaTag", new Case("POST", "/api/v1/graph/nodes/tags:remove",
        requestExample("RemoveVezaTag", "guide"), empty));
    cases.put("PromoteTag", new Case("POST", "/api/preview/graph/tag_promotions", promotion("AWSTag"), empty));
    cases.put("ListTagPromotions", new Case("GET", "/api/preview/graph/tag_promotions", null, body -> {
      assertThat(body.get("tag_promotions")).hasSize(1);
      assertThat(body.at("/tag_promotions/0/tag_key").asText()).isEqualTo("data_owner");
      assertThat(body.at("/tag_promotions/0/include_entity_types/0").asText()).isEqualTo("ActiveDirectoryUser");
    }));
    cases.put("DemoteTag", new Case("POST", "/api/preview/graph/tag_promotions:demote",
        Map.of("tag_key", "data_owner", "tag_type", "AWSTag"), empty));
    cases.put("RoleExists", new Case("POST", "/api/private/assessments/role_recommendations_role_exists",
        requestExample("RoleExists", "guide"), body -> assertThat(body.get("grantee_ids")).isNotEmpty()));
    cases.put("RoleMaintenance", new Case("POST", "/api/private/assessments/role_recommendations_role_maintenance",
        requestExample("RoleMaintenance", "guide"), body -> assertThat(body.at("/grantee_ids/0").asText())
            .isEqualTo("example-snowflake.com/role/CLOUD_LOGS_READONLY_ROLE")));
    cases.put("GetAccessRelationship", new Case("POST", "/api/private/assessments/access_relationship",
        requestExample("GetAccessRelationship", "guide"), body -> {
          assertThat(body.at("/ordered_node_access_changes/0/name").asText()).isEqualTo("ANALYST");
          assertThat(body.get("identity_already_has_all_access").asBoolean()).isFalse();
        }));
    cases.put("CohortRoleAnalysis", new Case("POST", "/api/private/assessments/cohort_role_analysis",
        requestExample("CohortRoleAnalysis", "guide"), body -> {
          assertThat(body.get("grantee_ids")).hasSize(3);
          assertThat(body.get("accessibility_type").asText()).isEqualTo("ALL_PRINCIPALS");
        }));
    return cases;
  }

  @Test
  void everyOperationOfTheSpecAnswersItsDocumentedStatusWithABodyTheSpecAllows() {
    Map<String, Case> cases = everyOperation();
    assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(SPEC.operations().stream()
        .map(SpecOperation::operationId).filter(id -> !OaaMockTest.OAA_OPERATIONS.contains(id)).toList()).hasSize(21);
    for (Map.Entry<String, Case> entry : cases.entrySet()) {
      Case c = entry.getValue();
      Reply reply = veza.call(c.method(), c.path(), c.body());
      assertThat(reply.status()).as("%s: %s", entry.getKey(), reply.text())
          .isEqualTo(SPEC.operation(entry.getKey()).status());
      c.check().accept(reply.body());
    }
  }

  // ---- auth -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "veza-test-key", "Token veza-test-key", "Bearer", "Bearer ", "Bearer: veza-test-key",
      "Bearer Bearer veza-test-key", "Basic dXNlcjpwYXNz"})
  void aMissingOrMalformedBearerKeyGets401WithTheEnvelope(String header) {
    Map<String, String> calls = Map.of(QUERIES, "GET", "/api/v1/graph/tags", "POST",
        "/api/preview/graph/tag_promotions", "GET", "/api/private/assessments/cohort_role_analysis", "POST",
        QUERIES + "/" + SEEDED + ":nodes", "GET", "/api/v1/assessments/query_spec:nodes", "POST");
    for (Map.Entry<String, String> call : calls.entrySet()) {
      String path = call.getKey();
      Reply reply = veza.send(header.isEmpty() ? null : header, call.getValue(), path, Map.of());
      assertThat(reply.status()).as(path).isEqualTo(401);
      VezaHttp.assertValid(call.getValue(), path, reply);
      assertEnvelope(reply, VezaErrors.UNAUTHENTICATED);
      assertThat(reply.body().get("message").asText()).contains("Bearer");
    }
  }

  @Test
  void anyWellFormedBearerKeyIsAccepted() {
    for (String header : List.of("Bearer k", "bearer some.jwt.looking-key_0123", "BEARER x")) {
      assertThat(veza.send(header, "GET", QUERIES, null).status()).as(header).isEqualTo(200);
    }
  }

  // ---- paging -----------------------------------------------------------------------------

  record Walk(List<String> ids, int requests, int emptyPagesWithMore) {}

  /** Follows next_page_token until the end, checking every page against the spec. */
  static Walk walk(String method, String path, Object body, Integer pageSize) {
    List<String> ids = new ArrayList<>();
    int requests = 0;
    int emptyWithMore = 0;
    String token = "";
    while (true) {
      StringBuilder url = new StringBuilder(path).append(path.contains("?") ? '&' : '?').append("page_token=")
          .append(encode(token));
      if (pageSize != null) {
        url.append("&page_size=").append(pageSize);
      }
      Reply reply = veza.call(method, url.toString(), body);
      requests++;
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      JsonNode page = reply.body();
      page.get("values").forEach(v -> ids.add(v.get("id").asText()));
      boolean more = page.get("has_more").asBoolean();
      token = page.get("next_page_token").asText();
      if (page.get("values").isEmpty() && more) {
        emptyWithMore++;
      }
      if (!more) {
        assertThat(token).as("the last page ends with an empty token").isEmpty();
        return new Walk(ids, requests, emptyWithMore);
      }
      assertThat(token).as("a page with more to come has a token").isNotEmpty();
      assertThat(requests).as("paging must end").isLessThan(100);
    }
  }

  @Test
  void pagingThroughSavedQueryNodesWithTheDefaultPageSizeCollectsEveryNodeOnceWithOneEmptyPage() {
    Walk walk = walk("GET", QUERIES + "/" + SEEDED + ":nodes", null, null);
    assertThat(walk.ids()).hasSize(ExampleNodes.COUNT).doesNotHaveDuplicates();
    assertThat(walk.emptyPagesWithMore()).isEqualTo(1);
    assertThat(walk.requests()).isEqualTo(4); // 100, 0 (more), 100, 50
    assertThat(walk.ids()).startsWith("arn:aws:iam::877042069677:user/j.smith",
        "arn:aws:iam::877042069677:user/jsmith-lab-01", "arn:aws:iam::877042069677:user/j.smith-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"saved:nodes", "saved/destination_nodes", "query_spec:nodes", "query_spec:destination_nodes"})
  void everyNodeListingReallyPages(String listing) {
    Walk walk = switch (listing) {
      case "saved:nodes" -> walk("GET", QUERIES + "/" + SEEDED + ":nodes", null, 60);
      case "saved/destination_nodes" -> walk("GET", QUERIES + "/" + SEEDED + "/destination_nodes?source_node_id="
          + encode("00upa6s0hSGtl1eGL5d5"), null, 60);
      case "query_spec:nodes" -> walk("POST", "/api/v1/assessments/query_spec:nodes",
          requestExample("GetAssessmentQuerySpecNodes", "relatesTo"), 60);
      default -> walk("POST", "/api/v1/assessments/query_spec:destination_nodes",
          requestExample("GetAssessmentQuerySpecDestinationNodes", "quickstart"), 60);
    };
    assertThat(walk.ids()).hasSize(ExampleNodes.COUNT).doesNotHaveDuplicates();
    assertThat(walk.emptyPagesWithMore()).isEqualTo(1);
    assertThat(walk.requests()).isEqualTo(6); // 60, 0 (more), 60, 60, 60, 10
  }

  @Test
  void aPageAsLargeAsTheCollectionIsTheOnlyPage() {
    Walk walk = walk("GET", QUERIES + "/" + SEEDED + ":nodes", null, 1000);
    assertThat(walk.requests()).isEqualTo(1);
    assertThat(walk.emptyPagesWithMore()).isZero();
    assertThat(walk.ids()).hasSize(ExampleNodes.COUNT).doesNotHaveDuplicates();
  }

  @Test
  void querySpecPagingAlsoReadsTheBodyFieldsAndTheQueryStringWins() {
    JsonNode spec = ((com.fasterxml.jackson.databind.node.ObjectNode) requestExample("GetAssessmentQuerySpecNodes",
        "tagsQuickstart").deepCopy()).put("page_size", "7");
    Reply fromBody = veza.call("POST", "/api/v1/assessments/query_spec:nodes", spec);
    assertThat(fromBody.body().get("values")).hasSize(7);
    assertThat(fromBody.body().at("/values/0/type").asText()).as("the SnowflakeTable example answers a SnowflakeTable query")
        .isEqualTo("SnowflakeTable");
    Reply fromQuery = veza.call("POST", "/api/v1/assessments/query_spec:nodes?page_size=3", spec);
    assertThat(fromQuery.body().get("values")).hasSize(3);
  }

  @Test
  void savedQueriesPageTooWithTheEmptySecondPage() {
    Walk walk = walk("GET", QUERIES, null, 1);
    assertThat(walk.ids()).containsExactly(LISTED, CREATED, SEEDED);
    assertThat(walk.requests()).isEqualTo(4); // [1, more] [0, more] [1, more] [1, end]
    assertThat(walk.emptyPagesWithMore()).isEqualTo(1);
  }

  @Test
  void propertiesToGetKeepsOnlyTheNamedProperties() {
    Reply reply = veza.call("GET", QUERIES + "/" + SEEDED + ":nodes?page_size=3&properties_to_get=name"
        + "&properties_to_get=aws_account_id", null);
    for (JsonNode node : reply.body().get("values")) {
      assertThat(fieldNames(node.get("properties"))).containsExactlyInAnyOrder("name", "aws_account_id");
    }
  }

  @Test
  void aForeignOrBrokenPageTokenOrPageSizeIs400() {
    for (String query : List.of("page_token=bm90LWEtdG9rZW4", "page_token=%25%25%25", "page_size=abc", "page_size=-1")) {
      Reply reply = veza.call("GET", QUERIES + "/" + SEEDED + ":nodes?" + query, null);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertEnvelope(reply, VezaErrors.INVALID_ARGUMENT);
    }
    assertThat(veza.call("GET", QUERIES + "?page_size=1.5", null).status()).isEqualTo(400);
  }

  // ---- saved queries ----------------------------------------------------------------------

  @Test
  void aSavedQueryIsCreatedReadUpdatedListedAndDeleted() {
    Map<String, Object> spec = Map.of("name", "Okta users with S3 access", "description", "created by the test",
        "query_type", "SOURCE_TO_DESTINATION",
        "source_node_types", Map.of("nodes", List.of(Map.of("node_type", "OktaUser"))),
        "destination_node_types", Map.of("nodes", List.of(Map.of("node_type", "S3Bucket"))),
        "risk_level", "CRITICAL", "page_size", "100");
    Reply created = veza.call("POST", QUERIES, spec);
    assertThat(created.status()).isEqualTo(200);
    String id = created.body().get("id").asText();
    assertThat(created.body().at("/value/risk_level").asText()).isEqualTo("CRITICAL");
    assertThat(created.body().get("value").has("page_size")).as("request-only fields are not stored").isFalse();

    Reply got = veza.call("GET", QUERIES + "/" + id, null);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body().get("value")).isEqualTo(created.body().get("value"));
    assertThat(got.body().at("/value/destination_types/0").asText()).isEqualTo("S3Bucket");

    Map<String, Object> replacement = Map.of("name", "Okta users with any access",
        "source_node_types", Map.of("nodes", List.of(Map.of("node_type", "OktaUser"))));
    Reply updated = veza.call("PUT", QUERIES + "/" + id, replacement);
    assertThat(updated.status()).isEqualTo(200);
    JsonNode value = updated.body().get("value");
    assertThat(value.get("name").asText()).isEqualTo("Okta users with any access");
    assertThat(value.has("description")).as("full replace: an absent field is gone").isFalse();
    assertThat(value.get("destination_types")).isEmpty();
    assertThat(value.get("risk_level").asText()).as("not an update field: kept").isEqualTo("CRITICAL");
    assertThat(value.get("created_at")).isEqualTo(created.body().at("/value/created_at"));

    Reply listed = veza.call("GET", QUERIES + "?filter=" + encode("name co \"any access\""), null);
    assertThat(ids(listed.body().get("values"))).containsExactly(id);
    assertThat(ids(veza.call("GET", QUERIES, null).body().get("values"))).contains(id, SEEDED);

    assertThat(veza.call("DELETE", QUERIES + "/" + id, null).status()).isEqualTo(200);
    Reply gone = veza.call("GET", QUERIES + "/" + id, null);
    assertThat(gone.status()).isEqualTo(404);
    assertEnvelope(gone, VezaErrors.NOT_FOUND);
    assertThat(gone.body().get("message").asText()).contains(id);
    assertThat(veza.call("DELETE", QUERIES + "/" + id + "?force=true", null).status()).isEqualTo(404);
    assertThat(ids(veza.call("GET", QUERIES, null).body().get("values"))).doesNotContain(id);
  }

  @Test
  void listFiltersAndRiskSelection() {
    assertThat(ids(veza.call("GET", QUERIES + "?risks_only=true", null).body().get("values")))
        .containsExactly(LISTED, CREATED); // WARNING and CRITICAL; the third is NONE
    assertThat(ids(veza.call("GET", QUERIES + "?filter=" + encode("name co \"iam\""), null).body().get("values")))
        .containsExactly(LISTED);
    assertThat(ids(veza.call("GET", QUERIES + "?filter=" + encode("name sw \"okta\""), null).body().get("values")))
        .containsExactlyInAnyOrder(CREATED, SEEDED);
    Reply unsupported = veza.call("GET", QUERIES + "?filter=" + encode("name gt 3"), null);
    assertThat(unsupported.status()).isEqualTo(400);
    assertEnvelope(unsupported, VezaErrors.INVALID_ARGUMENT);
    assertThat(veza.call("GET", QUERIES + "?include_inactive_queries=true&include_results=true&order_by=name",
        null).body().get("values")).hasSize(3);
  }

  @Test
  void aQueryWithoutAQuerySpecIs400() {
    for (Object body : List.of(Map.of("name", "no spec"), "not json", Map.of("source_node_types", Map.of("nodes", List.of())))) {
      Reply reply = veza.call("POST", QUERIES, body);
      assertThat(reply.status()).as("%s", body).isEqualTo(400);
      assertEnvelope(reply, VezaErrors.INVALID_ARGUMENT);
    }
    assertThat(veza.call("PUT", QUERIES + "/" + SEEDED, Map.of("name", "x")).status()).isEqualTo(400);
    assertThat(veza.call("POST", "/api/v1/assessments/query_spec:nodes", Map.of()).status()).isEqualTo(400);
    assertThat(veza.call("POST", "/api/v1/assessments/query_spec:result", "[]").status()).isEqualTo(400);
    assertThat(veza.call("POST", "/api/v1/assessments/query_spec:destination_nodes",
        Map.of("source_node_id", "x")).status()).isEqualTo(400);
  }

  @Test
  void everySavedQueryCallAnswers404ForAnUnknownId() {
    String unknown = "00000000-0000-0000-0000-000000000000";
    List<String[]> calls = List.of(new String[] {"GET", ""}, new String[] {"DELETE", ""},
        new String[] {"GET", ":nodes"}, new String[] {"GET", ":result"}, new String[] {"GET", "/destination_nodes"});
    for (String[] call : calls) {
      Reply reply = veza.call(call[0], QUERIES + "/" + unknown + call[1], null);
      assertThat(reply.status()).as("%s %s", call[0], call[1]).isEqualTo(404);
      assertEnvelope(reply, VezaErrors.NOT_FOUND);
    }
    Reply update = veza.call("PUT", QUERIES + "/" + unknown, requestExample("UpdateAssessmentQuery", "guide"));
    assertThat(update.status()).isEqualTo(404);
  }

  @Test
  void colonPathsReachTheirOwnOperationAndAnEncodedColonStaysInTheId() {
    assertThat(veza.call("GET", QUERIES + "/" + SEEDED, null).body().has("value")).isTrue();
    assertThat(veza.call("GET", QUERIES + "/" + SEEDED + ":nodes", null).body().has("values")).isTrue();
    assertThat(veza.call("GET", QUERIES + "/" + SEEDED + ":result", null).body().has("number_value")).isTrue();
    // some HTTP stacks (pact-jvm's verifier) send the custom method's colon encoded: it is still :nodes
    assertThat(veza.send(VezaHttp.KEY, "GET", QUERIES + "/" + SEEDED + "%3Anodes", null).body().has("values")).isTrue();
    Reply encoded = veza.call("GET", QUERIES + "/" + "arn%3Aaws%3Aiam", null);
    assertThat(encoded.status()).as("an encoded colon inside an id stays in the id").isEqualTo(404);
    assertThat(encoded.body().get("message").asText()).contains("arn:aws:iam");
  }

  @Test
  void unknownPathsAndMethodsUnderVezaPrefixesGetTheEnvelope() {
    Reply unknown = veza.send(VezaHttp.KEY, "GET", "/api/v1/graph/nowhere", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertEnvelope(unknown, VezaErrors.NOT_FOUND);
    Reply method = veza.send(VezaHttp.KEY, "PATCH", QUERIES + "/" + SEEDED, Map.of());
    assertThat(method.status()).isEqualTo(405);
    assertEnvelope(method, VezaErrors.UNIMPLEMENTED);
  }

  @Test
  void resetStateRestoresTheSeed() {
    veza.call("DELETE", QUERIES + "/" + SEEDED, null);
    veza.call("POST", QUERIES, requestExample("CreateAssessmentQuery", "guide"));
    veza.call("POST", "/api/preview/graph/tag_promotions", promotion("AWSTag"));
    mocks.resetState();
    assertThat(ids(veza.call("GET", QUERIES, null).body().get("values"))).containsExactly(LISTED, CREATED, SEEDED);
    assertThat(veza.call("GET", "/api/preview/graph/tag_promotions", null).body().get("tag_promotions")).isEmpty();
  }

  // ---- errors -----------------------------------------------------------------------------

  @Test
  void everyErrorCarriesTheFullEnvelopeWithItsOwnRequestId() {
    Reply first = veza.call("GET", QUERIES + "/nope", null);
    Reply second = veza.call("GET", QUERIES + "/nope", null);
    assertEnvelope(first, VezaErrors.NOT_FOUND);
    assertEnvelope(second, VezaErrors.NOT_FOUND);
    assertThat(first.body().get("request_id")).isNotEqualTo(second.body().get("request_id"));
    Reply unauthorized1 = veza.send(null, "GET", QUERIES, null);
    Reply unauthorized2 = veza.send(null, "GET", QUERIES, null);
    assertThat(unauthorized1.body().get("request_id")).isNotEqualTo(unauthorized2.body().get("request_id"));
  }

  // ---- tags and promotions ----------------------------------------------------------------

  @Test
  void tagBodiesWithoutTheirRequiredFieldsAre400() {
    Map<String, List<Object>> invalid = Map.of(
        "/api/v1/graph/tags", List.of(Map.of(), Map.of("tag", Map.of("value", "v")), "x"),
        "/api/v1/graph/nodes/tags", List.of(Map.of("tags", List.of(Map.of("key", "k"))),
            Map.of("node_id", "n", "tags", List.of()), Map.of("node_id", "n", "tags", List.of(Map.of("value", "v")))),
        "/api/v1/graph/nodes/tags:remove", List.of(Map.of("node_id", "n"), Map.of("tag_key", "k")));
    invalid.forEach((path, bodies) -> bodies.forEach(body -> {
      Reply reply = veza.call("POST", path, body);
      assertThat(reply.status()).as("%s %s", path, body).isEqualTo(400);
      assertEnvelope(reply, VezaErrors.INVALID_ARGUMENT);
    }));
    for (String example : List.of("guide", "quickstart", "intro")) {
      assertThat(veza.call("POST", "/api/v1/graph/nodes/tags", requestExample("AddVezaTag", example)).status())
          .as("node ids with ':' and '/' in the body").isEqualTo(200);
    }
  }

  @Test
  void tagPromotionsArePromotedListedAndDemoted() {
    String promotions = "/api/preview/graph/tag_promotions";
    assertThat(veza.call("GET", promotions, null).body().get("tag_promotions")).isEmpty();
    assertThat(veza.call("POST", promotions, promotion("AWSTag")).status()).isEqualTo(200);
    assertThat(veza.call("POST", promotions, promotion("CookieTag")).status()).isEqualTo(200);
    Reply duplicate = veza.call("POST", promotions, promotion("AWSTag"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertEnvelope(duplicate, VezaErrors.ALREADY_EXISTS);
    JsonNode listed = veza.call("GET", promotions, null).body().get("tag_promotions");
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0)).isEqualTo(VezaHttp.json("{\"tag_key\":\"data_owner\",\"tag_type\":\"AWSTag\","
        + "\"include_entity_types\":[\"ActiveDirectoryUser\",\"OAA.PagerDuty.User\"]}"));

    Map<String, String> demote = Map.of("tag_key", "data_owner", "tag_type", "AWSTag");
    assertThat(veza.call("POST", promotions + ":demote", demote).status()).isEqualTo(200);
    assertThat(veza.call("GET", promotions, null).body().at("/tag_promotions/0/tag_type").asText()).isEqualTo("CookieTag");
    Reply again = veza.call("POST", promotions + ":demote", demote);
    assertThat(again.status()).isEqualTo(404);
    assertEnvelope(again, VezaErrors.NOT_FOUND);

    Reply both = veza.call("POST", promotions, Map.of("tag_key", "k", "tag_type", "AWSTag",
        "include_entity_types", List.of("A"), "exclude_entity_types", List.of("B")));
    assertThat(both.status()).isEqualTo(400);
    assertThat(veza.call("POST", promotions, Map.of("tag_key", "k")).status()).isEqualTo(400);
    assertThat(veza.call("POST", promotions + ":demote", Map.of("tag_type", "AWSTag")).status()).isEqualTo(400);
  }

  // ---- private assessments ----------------------------------------------------------------

  @Test
  void privateAssessmentsAnswerTheExampleOfTheMatchingRequest() {
    assertThat(veza.call("POST", "/api/private/assessments/role_recommendations_role_exists",
        requestExample("RoleExists", "nomatch")).body().get("grantee_ids")).isEmpty();
    assertThat(veza.call("POST", "/api/private/assessments/role_recommendations_role_exists",
        requestExample("RoleExists", "multi")).body().get("grantee_ids")).isNotEmpty();
    assertThat(veza.call("POST", "/api/private/assessments/cohort_role_analysis",
        requestExample("CohortRoleAnalysis", "any")).body().get("accessibility_type").asText()).isEqualTo("ANY_PRINCIPAL");
    assertThat(veza.call("POST", "/api/private/assessments/cohort_role_analysis", Map.of("cost_center", "CC-OTHER"))
        .body().get("accessibility_type").asText()).as("any other request: the first example").isEqualTo("ALL_PRINCIPALS");
    Reply missing = veza.call("POST", "/api/private/assessments/cohort_role_analysis", Map.of("limit", 3));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().get("message").asText()).contains("cost_center");
    assertThat(veza.call("POST", "/api/private/assessments/access_relationship",
        Map.of("identity_type", "SnowflakeUser")).status()).isEqualTo(400);
  }

  // ---- two vendors ------------------------------------------------------------------------

  @Test
  void britiveAndVezaShareOneServerWithoutStealingEachOthersRequests() {
    try (MockProviders both = MockProviders.start(0, new BritiveMock(), new VezaMock())) {
      VezaHttp http = new VezaHttp(both.baseUrl());
      Reply britive = http.send("TOKEN britive-key", "GET", "/api/apps/app-1/environments", null);
      assertThat(britive.status()).as(britive.text()).isEqualTo(200);
      assertThat(britive.body().isArray()).isTrue();
      Reply vezaList = http.call("GET", QUERIES, null);
      assertThat(vezaList.status()).isEqualTo(200);
      assertThat(vezaList.body().get("values")).hasSize(3);

      Reply britiveWithBearer = http.send(VezaHttp.KEY, "GET", "/api/apps/app-1/environments", null);
      assertThat(britiveWithBearer.status()).isEqualTo(401);
      assertThat(britiveWithBearer.body().has("errorCode")).as("Britive's own error body").isTrue();
      Reply vezaWithToken = http.send("TOKEN britive-key", "GET", QUERIES, null);
      assertThat(vezaWithToken.status()).isEqualTo(401);
      assertEnvelope(vezaWithToken, VezaErrors.UNAUTHENTICATED);
    }
  }

  // ---- helpers ----------------------------------------------------------------------------

  static void assertEnvelope(Reply reply, String code) {
    JsonNode body = reply.body();
    assertThat(fieldNames(body)).containsExactlyInAnyOrder("code", "message", "request_id", "timestamp", "details");
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(UUID.fromString(body.get("request_id").asText())).isNotNull();
    assertThat(Instant.parse(body.get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(body.get("details").isArray()).isTrue();
  }

  static Map<String, Object> promotion(String tagType) {
    Map<String, Object> promotion = new LinkedHashMap<>();
    promotion.put("tag_key", "data_owner");
    promotion.put("tag_type", tagType);
    promotion.put("include_entity_types", List.of("ActiveDirectoryUser", "OAA.PagerDuty.User"));
    return promotion;
  }

  static List<String> ids(JsonNode values) {
    List<String> ids = new ArrayList<>();
    values.forEach(v -> ids.add(v.get("id").asText()));
    return ids;
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
