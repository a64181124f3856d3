package io.secplat.mock.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.MockProviders;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * J1QL as clients send it over the mock's GraphQL endpoint: the official Node client's paging
 * ({@code SKIP n LIMIT 250}), JupiterOne's own {@code WITH ... AS alias} order, errors inside an
 * HTTP 200, and entities written by a mutation or a provider state answering at once. Uses
 * {@link JupiterOneMockTest}'s request helpers on a server of its own.
 */
class J1qlOverHttpTest {
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

  static JsonNode graphql(String path, String query, Map<String, Object> variables) throws Exception {
    HttpResponse<String> response = JupiterOneMockTest.HTTP.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + path))
        .POST(HttpRequest.BodyPublishers.ofString(JupiterOneMockTest.JSON.writeValueAsString(
            Map.of("query", query, "variables", variables))))
        .headers("Authorization", "Bearer key-1", "JupiterOne-Account", "acc-1", "Content-Type", "application/json")
        .build(), HttpResponse.BodyHandlers.ofString());
    ObjectNode json = (ObjectNode) JupiterOneMockTest.JSON.readTree(response.body());
    json.put("httpStatus", response.statusCode());
    return json;
  }

  static final String QUERY = "query J1QL($query: String!, $variables: JSON, $cursor: String) "
      + "{ queryV1(query: $query, variables: $variables, cursor: $cursor) { type data cursor } }";

  @BeforeEach
  void reset() {
    mocks.resetState();
  }

  static JsonNode j1ql(String query) throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put("query", query);
    return graphql("/graphql", QUERY, variables);
  }

  @Test
  void theNodeClientsSkipAndLimitPagingWalksEveryUserOnce() throws Exception {
    J1.applyState("the account has 300 users", Map.of());
    int rows = 0;
    int pages = 0;
    int size;
    do { // the loop of @jupiterone/jupiterone-client-nodejs 0.21.2 (dist/j1client.js queryV1): stop on a short page
      JsonNode page = j1ql("FIND User SKIP " + pages * 250 + " LIMIT 250").path("data").path("queryV1");
      assertThat(page.path("type").asText()).isEqualTo("list");
      assertThat(page.path("cursor").isNull()).isTrue();
      size = page.path("data").size();
      rows += size;
      pages++;
    } while (size == 250 && pages < 5);
    assertThat(pages).isEqualTo(2);
    assertThat(rows).isEqualTo(300);
  }

  @Test
  void withBeforeAsIsTheOrderJupiterOnesExamplesUse() throws Exception {
    JsonNode page = j1ql("FIND User WITH username = 'user3' AS u RETURN u.username").path("data").path("queryV1");
    assertThat(page.toString()).isEqualTo("{\"type\":\"table\",\"data\":[{\"u.username\":\"user3\"}],\"cursor\":null}");
  }

  @Test
  void aSyntaxErrorAnswersInsideHttp200NamingThePosition() throws Exception {
    JsonNode result = j1ql("FIND User THAT");
    assertThat(result.path("httpStatus").asInt()).isEqualTo(200);
    assertThat(result.path("errors").get(0).path("message").asText()) // graphql-java prefixes where it failed
        .endsWith("J1QL syntax error at line 1, column 15: unexpected end of query; expected one of a name, '!' or '('");
    assertThat(result.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void anEntityCreatedByAMutationIsQueryableAtOnce() throws Exception {
    // entityClass as a literal: one string is also a valid value of a list argument
    graphql("/graphql", "mutation C($p: JSON) { createEntity(entityKey: \"repo-1\", entityType: \"github_repo\", "
        + "entityClass: \"CodeRepo\", properties: $p) { entity { _id } } }", Map.of("p", Map.of("public", true)));
    JsonNode page = j1ql("FIND CodeRepo WITH public = true").path("data").path("queryV1");
    assertThat(page.path("data").get(0).path("entity").path("_key").asText()).isEqualTo("repo-1");
  }

  @Test
  void aRelationshipOfAProviderStateIsTraversable() throws Exception {
    J1.applyState("app (app-id) uses db over edge edge-1", Map.of());
    JsonNode page = j1ql("FIND my_host AS h THAT USES >> my_db AS d RETURN h._key, d._key").path("data").path("queryV1");
    assertThat(page.path("data").toString()).isEqualTo("[{\"h._key\":\"app\",\"d._key\":\"db\"}]");
  }
}
