package io.secplat.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.UnexpectedResponseException;
import io.secplat.core.graphql.GraphQlOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** J1QL through the façade against the mock provider: paging, deferred results, variables, errors. */
class J1qlTest extends JupiterOneMockTestBase {
  static final String HOSTILE = "O'Brien \"the\" \\ back\\slash\nnew line\r\ttab \"}) { admin } # ünïcödé ✓ 😀 ${x}";

  static List<String> addRows(int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = String.format("row-%03d", i);
      J1.addEntity(key, "page_row", "Record", Map.of("n", i));
      keys.add(key);
    }
    return keys;
  }

  @Test
  void aQueryOverTenPagesReturnsEveryRowOnceInOrderFetchingEachPageOnlyWhenTheOneBeforeIsUsedUp() {
    List<String> expected = addRows(100);
    J1.j1qlPageSize(10);

    Iterator<JsonNode> rows = j1.query("FIND page_row").iterator();
    List<String> seen = new ArrayList<>();
    for (int i = 1; rows.hasNext(); i++) {
      seen.add(rows.next().path("entity").path("_key").asText());
      assertThat(requests("/graphql")).as("requests after row %d", i).hasSize((i + 9) / 10);
    }

    assertThat(seen).containsExactlyElementsOf(expected);
    List<LoggedRequest> pages = requests("/graphql");
    assertThat(pages).hasSize(10);
    assertThat(body(pages.get(0)).path("variables").has("cursor")).isFalse();
    for (int page = 1; page < 10; page++) {
      assertThat(body(pages.get(page)).path("variables").path("cursor").asText()).isNotBlank();
    }
  }

  @Test
  void aStreamStopsFetchingWhenTheCallerStops() {
    addRows(100);
    J1.j1qlPageSize(10);

    List<JsonNode> first = j1.query("FIND page_row").stream().limit(15).collect(Collectors.toList());

    assertThat(first).hasSize(15);
    assertThat(requests("/graphql")).hasSize(2);
  }

  @Test
  void theDocumentedSampleQueryTravelsWithItsParametersAndAnswersItsRow() {
    List<JsonNode> rows = j1.query("find Person with _type=${type} return Person.name",
        QueryOptions.defaults().withVariable("type", "employee")).stream().collect(Collectors.toList());

    assertThat(rows).extracting(JsonNode::toString).containsExactly("{\"Person.name\":\"Mochi\"}");
    JsonNode body = body(lastRequest());
    assertThat(body.path("operationName").asText()).isEqualTo("QueryV1");
    assertThat(body.path("query").asText()).isEqualTo(Operations.QUERY_V1.document());
    assertThat(body.path("variables").toString())
        .isEqualTo("{\"query\":\"find Person with _type=${type} return Person.name\",\"variables\":{\"type\":\"employee\"}}");
    assertThat(lastRequest().getHeader("Authorization")).isEqualTo("Bearer test-key-0001");
    assertThat(lastRequest().getHeader("JupiterOne-Account")).isEqualTo("j1-acc-1");
  }

  record Named(@JsonProperty("u.displayName") String name, @JsonProperty("u.active") Boolean active) {}

  @Test
  void rowsDecodeIntoTheCallersType() {
    List<Named> users = j1.query("FIND User AS u WITH active = true RETURN u.displayName, u.active",
        QueryOptions.defaults(), Named.class).stream().collect(Collectors.toList());

    assertThat(users).hasSize(9).allMatch(u -> Boolean.TRUE.equals(u.active()));
    assertThat(users.get(0)).isEqualTo(new Named("user1", true));
  }

  @Test
  void hostileJ1qlTextReachesTheServerByteForByteAsAVariable() {
    J1.addEntity("hostile", "person", "Person", Map.of("name", HOSTILE));
    String j1ql = "FIND Person WITH name = \"" + HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";

    List<JsonNode> rows = j1.query(j1ql).stream().collect(Collectors.toList());

    assertThat(rows).singleElement().satisfies(row -> assertThat(row.path("properties").path("name").asText()).isEqualTo(HOSTILE));
    JsonNode body = body(lastRequest());
    assertThat(body.path("variables").path("query").asText()).isEqualTo(j1ql);
    assertThat(body.path("query").asText()).isEqualTo(Operations.QUERY_V1.document()).doesNotContain("O'Brien");
  }

  @Test
  void hostileParameterValuesTravelIntactToo() {
    J1.addEntity("hostile", "person", "Person", Map.of("name", HOSTILE));

    List<JsonNode> rows = j1.query("FIND Person WITH name = ${name}", QueryOptions.defaults().withVariable("name", HOSTILE))
        .stream().collect(Collectors.toList());

    assertThat(rows).hasSize(1);
    assertThat(body(lastRequest()).path("variables").path("variables").path("name").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void aDeferredQueryPollsTheStateLinkUntilCompletedThenReadsTheResultsOnEveryPage() {
    J1.j1qlPageSize(5);

    List<String> users = j1.query("FIND User", QueryOptions.defaults().deferred(Duration.ofSeconds(10),
        Duration.ofMillis(5), Duration.ofMillis(20))).stream().map(r -> r.path("entity").path("_key").asText())
        .collect(Collectors.toList());

    assertThat(users).hasSize(12).startsWith("iam-user-1").endsWith("iam-user-12").doesNotHaveDuplicates();
    List<String> calls = requests().stream()
        .map(r -> r.getMethod() + " " + r.getUrl().replaceAll("/j1-deferred/[^/]+/", "/j1-deferred/ID/"))
        .collect(Collectors.toList());
    List<String> onePage = List.of("POST /graphql", "GET /j1-deferred/ID/state.json", "GET /j1-deferred/ID/state.json",
        "GET /j1-deferred/ID/results.json");
    List<String> threePages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      threePages.addAll(onePage);
    }
    assertThat(calls).containsExactlyElementsOf(threePages);
    JsonNode first = body(requests("/graphql").get(0));
    assertThat(first.path("operationName").asText()).isEqualTo("QueryV1Deferred");
    assertThat(first.path("variables").path("deferredResponse").asText()).isEqualTo("FORCE");
  }

  @Test
  void aDeferredQueryStillInProgressAtTheDeadlineFailsWithAClearTimeout() {
    J1.deferredPollsInProgress(Integer.MAX_VALUE);
    long start = System.nanoTime();

    assertThatThrownBy(() -> j1.query("FIND User", QueryOptions.defaults().deferred(Duration.ofMillis(300),
            Duration.ofMillis(20), Duration.ofMillis(50))).iterator().hasNext())
        .isInstanceOfSatisfying(DeadlineExceededException.class, e -> {
          assertThat(e.getMessage()).matches("JupiterOne deferred J1QL query still IN_PROGRESS after 0\\.\\d s "
              + "\\(\\d+ polls of http://127\\.0\\.0\\.1:\\d+/j1-deferred/[^/]+/state\\.json; deadline 0\\.3 s\\)");
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.isRetryable()).isFalse();
        });
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(elapsedMillis).isBetween(300L, 3_000L);
    assertThat(requests().stream().filter(r -> r.getUrl().endsWith("results.json"))).isEmpty();
  }

  @Test
  void deferredLinksOnAnotherServerGetNoCredentials() {
    J1.deferredLinkBase("http://localhost:" + mocks.port());

    assertThat(j1.query("FIND Person", QueryOptions.defaults().deferred(Duration.ofSeconds(5), Duration.ofMillis(5),
        Duration.ofMillis(5))).stream().count()).isEqualTo(1);

    for (LoggedRequest request : requests()) {
      boolean link = request.getUrl().startsWith("/j1-deferred/");
      assertThat(request.containsHeader("Authorization")).as(request.getUrl()).isEqualTo(!link);
      assertThat(request.containsHeader("JupiterOne-Account")).as(request.getUrl()).isEqualTo(!link);
    }
    assertThat(requests()).hasSize(4);
  }

  @Test
  void deferredLinksOnTheConfiguredServerKeepTheCredentials() {
    j1.query("FIND Person", QueryOptions.defaults().deferred(Duration.ofSeconds(5), Duration.ofMillis(5), Duration.ofMillis(5)))
        .stream().count();

    assertThat(requests()).hasSize(4).allMatch(r -> "Bearer test-key-0001".equals(r.getHeader("Authorization")));
  }

  @Test
  void aPlainHttpLinkOffLoopbackIsRefusedBeforeAnyRequest() {
    J1.deferredLinkBase("http://results.example.com");

    assertThatThrownBy(() -> j1.query("FIND Person", QueryOptions.defaults().deferred()).iterator().hasNext())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("the deferred state link http://results.example.com/j1-deferred/")
        .hasMessageContaining("is not https (plain http is accepted on loopback only)");
    assertThat(requests()).hasSize(1);
  }

  @Test
  void includeDeletedUsesTheOneDocumentThatDeclaresIt() {
    j1.query("FIND Person", QueryOptions.defaults().includeDeleted()).stream().count();

    JsonNode body = body(lastRequest());
    assertThat(body.path("operationName").asText()).isEqualTo("QueryV1IncludeDeleted");
    assertThat(body.path("variables").path("includeDeleted").asBoolean()).isTrue();
    assertThat(GraphQlOperation.parse(body.path("query").asText())).isEqualTo(Operations.QUERY_V1_INCLUDE_DELETED);
  }

  @Test
  void aJ1qlSyntaxErrorIsABadRequest() {
    assertThatThrownBy(() -> j1.query("FIND User WITH").iterator().hasNext())
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.errorCode()).contains("BAD_USER_INPUT");
          assertThat(e.getMessage()).startsWith("JupiterOne POST /graphql answered HTTP 200 [BAD_USER_INPUT]: GraphQL error in QueryV1: ")
              .contains("J1QL syntax error");
        });
  }

  @Test
  void aRateLimitInsideAnHttp200IsRetriedForQueries() {
    J1.rateLimitNextGraphQlRequests(2);
    try (JupiterOneClient retrying = client(quickRetries())) {
      assertThat(retrying.query("FIND Person").stream().count()).isEqualTo(1);
    }
    assertThat(requests("/graphql")).hasSize(3);
  }

  @Test
  void aRateLimitInsideAnHttp200IsARateLimitWhenRetriesRunOut() {
    J1.rateLimitNextGraphQlRequests(5);
    try (JupiterOneClient retrying = client(quickRetries())) {
      assertThatThrownBy(() -> retrying.query("FIND Person").iterator().hasNext())
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.errorCode()).contains("RATE_LIMITED"));
    }
    assertThat(requests("/graphql")).hasSize(3);
  }

  @Test
  void aRateLimitedMutationIsNeverRepeated() {
    J1.rateLimitNextGraphQlRequests(1);
    try (JupiterOneClient retrying = client(quickRetries())) {
      assertThatThrownBy(() -> retrying.entities().create("k", "t", List.of("C"), Map.of())).isInstanceOf(RateLimitedException.class);
    }
    assertThat(requests("/graphql")).hasSize(1);
  }
}
