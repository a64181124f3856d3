package io.secplat.core.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.Headers;
import feign.RequestLine;
import io.secplat.core.ClientSettings;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.ForbiddenException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.http.HttpStack;
import io.secplat.core.http.VendorProfile;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GraphQL transport against a scripted loopback server. */
class GraphQlClientTest {
  static final String KEY = io.secplat.core.Canary.of("core-graph-key");
  static final GraphQlOperation SEARCH = GraphQlOperation.parse(
      "query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id } }");
  static final GraphQlOperation RENAME = GraphQlOperation.parse(
      "mutation Rename($id: ID!, $name: String!) { rename(id: $id, name: $name) { id } }");
  static final ObjectMapper JSON = new ObjectMapper();
  static WireMockServer server;

  GraphQlClient graph;

  static final class Vendor implements VendorProfile {
    @Override
    public String name() {
      return "Graphvendor";
    }

    @Override
    public VendorError readError(int status, byte[] body, ObjectMapper json) {
      return VendorError.NONE;
    }
  }

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
    graph = new GraphQlClient(stack().pipeline(), URI.create("http://127.0.0.1:" + server.port() + "/api/graphql"));
  }

  static HttpStack stack() {
    ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + server.port()),
        Duration.ofSeconds(2), Duration.ofSeconds(2),
        RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build(), "test-agent/1", HttpLogLevel.FULL);
    return new HttpStack(settings, new Vendor(),
        template -> template.header("Authorization", "Bearer " + KEY), List.of(Secret.of(KEY)));
  }

  static LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  static void answer(String body) {
    server.stubFor(post(urlPathEqualTo("/api/graphql")).willReturn(okJson(body)));
  }

  static String error(String message, String code) {
    return "{\"data\":null,\"errors\":[{\"message\":\"" + message + "\",\"path\":[\"search\"]"
        + (code == null ? "" : ",\"extensions\":{\"code\":\"" + code + "\"}") + "}]}";
  }

  @Test
  void postsTheConstantDocumentWithItsNameAndVariablesToTheEndpointUrl() throws Exception {
    answer("{\"data\":{\"search\":[{\"id\":\"1\"}]}}");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("text", "x");
    variables.put("limit", null);

    JsonNode data = graph.execute(SEARCH, variables);

    assertThat(data.path("search").get(0).path("id").asText()).isEqualTo("1");
    LoggedRequest request = onlyRequest();
    assertThat(request.getUrl()).isEqualTo("/api/graphql");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    JsonNode body = JSON.readTree(request.getBodyAsString());
    assertThat(body.path("query").asText()).isEqualTo(SEARCH.document());
    assertThat(body.path("operationName").asText()).isEqualTo("Search");
    assertThat(body.path("variables")).hasToString("{\"text\":\"x\"}");
  }

  @Test
  void hostileTextTravelsIntactInVariablesAndNeverInTheDocument() throws Exception {
    answer("{\"data\":{\"search\":[]}}");
    String hostile = "a\"b'c\\d\ne\r\tf\"}) { admin } #ü \u0000 \u2028 😀 ${x}";

    graph.execute(SEARCH, Map.of("text", hostile));

    JsonNode body = JSON.readTree(onlyRequest().getBodyAsString());
    assertThat(body.path("variables").path("text").asText()).isEqualTo(hostile);
    assertThat(body.path("query").asText()).isEqualTo(SEARCH.document());
  }

  @Test
  void aRateLimitErrorInsideAnHttp200IsARateLimitAndTheQueryIsRetried() {
    server.stubFor(post(anyUrl()).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(error("Too many requests, slow down", null))).willSetStateTo("ok"));
    server.stubFor(post(anyUrl()).inScenario("limited").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"data\":{\"search\":[]}}")));

    JsonNode data = graph.execute(SEARCH, Map.of("text", "x"));

    assertThat(data.path("search").isArray()).isTrue();
    server.verify(2, postRequestedFor(anyUrl()));
  }

  @Test
  void aRateLimitedMutationIsNeverRepeated() {
    answer(error("rate limit exceeded", "RATE_LIMITED"));

    assertThatThrownBy(() -> graph.execute(RENAME, Map.of("id", "1", "name", "n")))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.errorCode()).contains("RATE_LIMITED");
          assertThat(e.getMessage()).isEqualTo("Graphvendor POST /api/graphql answered HTTP 200 [RATE_LIMITED]: "
              + "GraphQL error in Rename: rate limit exceeded (at [\"search\"])");
        });
    server.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void anHttp429IsRetriedForQueriesToo() {
    server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> graph.execute(SEARCH, Map.of("text", "x"))).isInstanceOf(RateLimitedException.class);
    server.verify(3, postRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "UNAUTHENTICATED, io.secplat.core.error.UnauthorizedException",
      "FORBIDDEN, io.secplat.core.error.ForbiddenException",
      "NOT_FOUND, io.secplat.core.error.NotFoundException",
      "CONFLICT, io.secplat.core.error.ConflictException",
      "BAD_USER_INPUT, io.secplat.core.error.BadRequestException",
      "GRAPHQL_VALIDATION_FAILED, io.secplat.core.error.BadRequestException",
      "ValidationError, io.secplat.core.error.BadRequestException",
      "INTERNAL_SERVER_ERROR, io.secplat.core.graphql.GraphQlException"})
  void graphQlErrorsBecomeTheExceptionForTheirMeaningAndAreNotRetried(String code, Class<?> expected) {
    answer(error("it failed", code));

    assertThatThrownBy(() -> graph.execute(SEARCH, Map.of("text", "x")))
        .isExactlyInstanceOf(expected)
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.errorCode()).contains(code);
          assertThat(e.getMessage()).contains("GraphQL error in Search: it failed");
        });
    server.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void unclassifiedErrorsKeepEveryErrorAndQuoteAtMostThree() {
    answer("{\"errors\":[{\"message\":\"a\"},{\"message\":\"b\"},{\"message\":\"c\"},{\"message\":\"d\"}]}");

    assertThatThrownBy(() -> graph.execute(SEARCH, Map.of("text", "x")))
        .isInstanceOfSatisfying(GraphQlException.class, e -> {
          assertThat(e.errors()).extracting(GraphQlError::message).containsExactly("a", "b", "c", "d");
          assertThat(e.getMessage()).endsWith("GraphQL error in Search: a; b; c (+1 more)");
        });
  }

  @Test
  void aCredentialEchoedInAnErrorMessageIsScrubbed() {
    answer(error("key " + KEY + " is not allowed", "FORBIDDEN"));

    assertThatThrownBy(() -> graph.execute(SEARCH, Map.of("text", "x")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("key [REDACTED] is not allowed")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void aResponseWithoutDataOrErrorsIsUndecodable() {
    answer("{\"data\":null}");

    assertThatThrownBy(() -> graph.execute(SEARCH, Map.of("text", "x"))).isInstanceOf(UndecodableResponseException.class);
  }

  interface Links {
    @RequestLine("GET")
    @Headers("Accept: application/json")
    Map<String, Object> fetch(URI url);
  }

  @Test
  void urlsHandedOutByTheServerAreFetchedWithoutCredentials() {
    server.stubFor(get(urlPathEqualTo("/signed/result.json")).willReturn(okJson("{\"ok\":true}")));

    Map<String, Object> body = stack().targetWithoutCredentials(Links.class)
        .fetch(URI.create("http://localhost:" + server.port() + "/signed/result.json?sig=abc"));

    assertThat(body).containsEntry("ok", true);
    LoggedRequest request = onlyRequest();
    assertThat(request.getUrl()).isEqualTo("/signed/result.json?sig=abc");
    assertThat(request.containsHeader("Authorization")).isFalse();
    assertThat(request.getHeader("User-Agent")).isEqualTo("test-agent/1");
  }

  @Test
  void operationsKnowTheirKindAndName() {
    assertThat(SEARCH.kind()).isEqualTo(GraphQlOperation.Kind.QUERY);
    assertThat(RENAME.kind()).isEqualTo(GraphQlOperation.Kind.MUTATION);
    assertThat(GraphQlOperation.parse("# a comment\n\n  mutation Do { x }").name()).isEqualTo("Do");
    assertThatThrownBy(() -> GraphQlOperation.parse("{ anonymous }"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("named query or mutation");
    assertThatThrownBy(() -> GraphQlOperation.fromResource(GraphQlClientTest.class, "missing.graphql"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.graphql");
  }
}
