package io.secplat.veza;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.secplat.veza.query.Node.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.BadRequestException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.ServerException;
import io.secplat.veza.generated.model.AssessmentQueryNode;
import io.secplat.veza.generated.model.AssessmentQuerySpec;
import io.secplat.veza.query.Query;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging, error envelopes and identifiers on the wire, against scripted loopback responses. */
class VezaHttpBehaviourTest {
  static final String NODES = "/api/v1/assessments/query_spec:nodes";
  static final String ARN = "arn:aws:iam::123456789012:role/team/admin";
  static WireMockServer server;
  static VezaClient veza;
  final AssessmentQuerySpec spec = Query.from(node("OktaUser")).to(node("S3Bucket")).build();

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    veza = VezaClient.builder().baseUrl("http://127.0.0.1:" + server.port()).apiKey(Secret.of("veza-test-key-1"))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build()).build();
  }

  @AfterAll
  static void stop() {
    veza.close();
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  static String page(int from, int count, String next, boolean more) {
    String nodes = Stream.iterate(from, i -> i + 1).limit(count)
        .map(i -> "{\"id\":\"n" + i + "\",\"type\":\"OktaUser\"}").collect(Collectors.joining(","));
    return "{\"values\":[" + nodes + "],\"next_page_token\":\"" + next + "\",\"has_more\":" + more + "}";
  }

  void scriptThreePages() {
    server.stubFor(post(urlPathEqualTo(NODES)).inScenario("pages").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page(0, 3, "t1", true))).willSetStateTo("second"));
    server.stubFor(post(urlPathEqualTo(NODES)).inScenario("pages").whenScenarioStateIs("second")
        .willReturn(okJson(page(3, 0, "t2", true))).willSetStateTo("third"));
    server.stubFor(post(urlPathEqualTo(NODES)).inScenario("pages").whenScenarioStateIs("third")
        .willReturn(okJson(page(3, 2, "", false))));
  }

  @Test
  void threeItemsThenAnEmptyPageWithMoreThenTwoYieldsFiveItemsInThreeRequests() {
    scriptThreePages();

    List<String> ids = veza.querySpecs().nodes(spec, NodeListOptions.defaults().withPageSize(3)).stream()
        .map(AssessmentQueryNode::getId).collect(Collectors.toList());

    assertThat(ids).containsExactly("n0", "n1", "n2", "n3", "n4");
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(NODES)));
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).queryParameter("page_token").isPresent()).isFalse();
    assertThat(requests.get(0).queryParameter("page_size").firstValue()).isEqualTo("3");
    assertThat(requests.get(1).queryParameter("page_token").firstValue()).isEqualTo("t1");
    assertThat(requests.get(2).queryParameter("page_token").firstValue()).isEqualTo("t2");
  }

  @Test
  void aStreamClosedAfterItsFirstItemSendsNoFurtherRequest() {
    scriptThreePages();

    Iterator<AssessmentQueryNode> nodes = veza.querySpecs().nodes(spec, NodeListOptions.defaults()).iterator();
    assertThat(nodes.next().getId()).isEqualTo("n0");
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(NODES)))).hasSize(1);
    server.resetScenarios();
    try (Stream<AssessmentQueryNode> stream = veza.querySpecs().nodes(spec, NodeListOptions.defaults()).stream()) {
      assertThat(stream.findFirst()).hasValueSatisfying(n -> assertThat(n.getId()).isEqualTo("n0"));
    }

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(NODES)))).hasSize(2);
  }

  @Test
  void theQuerySpecIsSentAsProto3Json() {
    server.stubFor(post(urlPathEqualTo(NODES)).willReturn(okJson(page(0, 1, "", false))));
    veza.querySpecs().nodes(spec, NodeListOptions.defaults()).stream().count();
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(NODES))).get(0).getBodyAsString())
        .isEqualTo("{\"query_type\":\"SOURCE_TO_DESTINATION\",\"source_node_types\":{\"nodes\":[{\"node_type\":\"OktaUser\"}]},"
            + "\"destination_node_types\":{\"nodes\":[{\"node_type\":\"S3Bucket\"}]}}");
  }

  static String envelope(String code, String message, String requestId) {
    return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"request_id\":\"" + requestId
        + "\",\"timestamp\":\"2026-11-22T10:00:00Z\",\"details\":[]}";
  }

  @Test
  void errorEnvelopesBecomeTheMatchingExceptions() {
    server.stubFor(post(urlPathEqualTo(NODES)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(envelope("INVALID_ARGUMENT", "source_node_types is required", "req-400"))));
    server.stubFor(get(urlPathEqualTo("/api/v1/assessments/queries/q-1")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(envelope("NOT_FOUND", "query q-1 not found", "req-404"))));
    server.stubFor(post(urlPathEqualTo("/api/v1/assessments/query_spec:result")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json").withBody(envelope("INTERNAL", "boom", "req-500"))));

    assertThatThrownBy(() -> veza.querySpecs().nodes(spec, NodeListOptions.defaults()).stream().count())
        .isInstanceOfSatisfying(BadRequestException.class, e -> expect(e, 400, "INVALID_ARGUMENT", "req-400",
            "Veza POST /api/v1/assessments/query_spec:nodes answered HTTP 400 [INVALID_ARGUMENT]: source_node_types is required (request id req-400)"));
    assertThatThrownBy(() -> veza.savedQueries().get("q-1"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> expect(e, 404, "NOT_FOUND", "req-404",
            "Veza GET /api/v1/assessments/queries/q-1 answered HTTP 404 [NOT_FOUND]: query q-1 not found (request id req-404)"));
    assertThatThrownBy(() -> veza.querySpecs().result(spec))
        .isInstanceOfSatisfying(ServerException.class, e -> expect(e, 500, "INTERNAL", "req-500",
            "Veza POST /api/v1/assessments/query_spec:result answered HTTP 500 [INTERNAL]: boom (request id req-500)"));
    // query_spec:result only reads, so the 500 was retried once (maxAttempts 2); the 400 was not
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/assessments/query_spec:result")))).hasSize(2);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(NODES)))).hasSize(1);
  }

  static void expect(ApiException e, int status, String code, String requestId, String message) {
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).contains(code);
    assertThat(e.requestId()).contains(requestId);
    assertThat(e.getMessage()).isEqualTo(message);
  }

  @Test
  void anArnRoundTripsAsAPathParameter() {
    server.stubFor(get(anyUrl()).willReturn(okJson(page(0, 1, "", false))));

    veza.savedQueries().nodes(ARN, NodeListOptions.defaults()).stream().count();

    String url = server.findAll(anyRequestedFor(anyUrl())).get(0).getUrl();
    String prefix = "/api/v1/assessments/queries/";
    assertThat(url).startsWith(prefix);
    String segment = url.substring(prefix.length(), url.indexOf(":nodes?"));
    assertThat(segment).doesNotContain("/", ":");
    assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(ARN);
  }

  @Test
  void anArnRoundTripsAsAQueryParameter() {
    server.stubFor(get(anyUrl()).willReturn(okJson(page(0, 1, "", false))));

    veza.savedQueries().destinationNodes("q-1", ARN, NodeListOptions.defaults()).stream().count();

    LoggedRequest request = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(request.getUrl()).startsWith("/api/v1/assessments/queries/q-1/destination_nodes?");
    assertThat(request.queryParameter("source_node_id").firstValue()).isEqualTo(ARN);
  }

  @Test
  void anEmptyIdIsRefusedBeforeSending() {
    assertThatThrownBy(() -> veza.savedQueries().get(" ")).hasMessage("id must not be blank");
    assertThatThrownBy(() -> veza.savedQueries().destinationNodes("q", null, NodeListOptions.defaults()))
        .hasMessage("sourceNodeId must not be null");
    assertThatThrownBy(() -> veza.querySpecs().nodes(null, NodeListOptions.defaults())).hasMessage("spec must not be null");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void theKeyTravelsAsBearer() {
    server.stubFor(post(anyUrl()).willReturn(okJson("{}")));
    veza.tags().create("owner", "platform");
    LoggedRequest request = server.findAll(anyRequestedFor(anyUrl())).get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer veza-test-key-1");
    assertThat(request.getBodyAsString()).isEqualTo("{\"tag\":{\"key\":\"owner\",\"value\":\"platform\"}}");
  }
}
