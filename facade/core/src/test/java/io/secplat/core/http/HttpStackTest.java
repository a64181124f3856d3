package io.secplat.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.secplat.core.ClientSettings;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.PathSegment;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.MaintenanceException;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.error.UnexpectedResponseException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStackTest {
  static final String SECRET = io.secplat.core.Canary.of("core-token");
  static WireMockServer server;

  interface ItemsApi {
    @RequestLine("GET /items/{id}/children")
    @Headers("Accept: application/json")
    Map<String, Object> get(@Param("id") String id);

    @RequestLine("POST /items")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    Map<String, Object> create(Map<String, Object> body);

    @RequestLine("GET /items/{id}?tag={tag}")
    Map<String, Object> tagged(@Param("id") String id, @Param(value = "tag", expander = Upper.class) String tag);
  }

  /** A query parameter's own expander, which the path-parameter encoding must leave in place. */
  public static final class Upper implements Param.Expander {
    @Override
    public String expand(Object value) {
      return String.valueOf(value).toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** A vendor whose errors look like {"code": ..., "message": ...}; code FINAL is never retried. */
  static final class TestVendor implements VendorProfile {
    @Override
    public String name() {
      return "Testvendor";
    }

    @Override
    public VendorError readError(int status, byte[] body, ObjectMapper json) {
      try {
        JsonNode node = json.readTree(body);
        return new VendorError(node.path("code").asText(null), node.path("message").asText(null));
      } catch (Exception e) {
        return VendorError.NONE;
      }
    }

    @Override
    public ApiException exceptionFor(io.secplat.core.error.ErrorDetails details) {
      if (details.status() == 503 && "FINAL".equals(details.errorCode())) {
        return new MaintenanceException(details, null);
      }
      return VendorProfile.super.exceptionFor(details);
    }
  }

  ItemsApi api;

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
    api = stack(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build()).target(ItemsApi.class);
  }

  /** Generous timeouts: no test here is about them, and a loaded machine must not turn a 503 into a timeout. */
  static HttpStack stack(RetryPolicy retry) {
    ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + server.port()),
        Duration.ofSeconds(5), Duration.ofSeconds(10), retry, "test-agent/1", HttpLogLevel.FULL);
    return new HttpStack(settings, new TestVendor(),
        template -> template.header("Authorization", "TOKEN " + SECRET), List.of(Secret.of(SECRET)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "../admin", "../", "x?y=1", "x#frag", "x%2Fy", "%2E%2E", "sp ace", "ünï"})
  void rawPathParametersAreEncodedIntoTheirOwnSegment(String id) {
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));

    api.get(id);

    LoggedRequest request = server.findAll(anyRequestedFor(anyUrl())).get(0);
    String url = request.getUrl();
    assertThat(url).startsWith("/items/").endsWith("/children");
    String segment = url.substring("/items/".length(), url.length() - "/children".length());
    assertThat(segment).doesNotContain("/", "?", "#").isEqualTo(PathSegment.encode(id));
    assertThat(java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(id);
  }

  @Test
  void aDeclaredExpanderOfAnotherParameterStillApplies() {
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));

    api.tagged("a/b", "red");

    assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getUrl()).isEqualTo("/items/a%2Fb?tag=RED");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "", " "})
  void aPathParameterThatCannotStayInItsSegmentIsRefusedBeforeSending(String id) {
    assertThatThrownBy(() -> api.get(id)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must not be");
    assertThatThrownBy(() -> api.get(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be null");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aPreEncodedBodyIsSentAsGivenForThatObjectOnly() {
    server.stubFor(post(urlPathEqualTo("/items")).willReturn(okJson("{}")));
    Map<String, Object> body = Map.of("a", 1);

    PreEncodedBody.send(body, "{\"a\":1,\"pre\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> api.create(body));
    PreEncodedBody.send(Map.of("a", 1), "{\"other\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> api.create(body));
    api.create(body);

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/items")))).extracting(LoggedRequest::getBodyAsString)
        .containsExactly("{\"a\":1,\"pre\":true}", "{\"a\":1}", "{\"a\":1}");
  }

  @Test
  void getIsRetriedOnServerErrorUntilItSucceeds() {
    server.stubFor(get(urlPathEqualTo("/items/1/children")).inScenario("flaky")
        .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get(urlPathEqualTo("/items/1/children")).inScenario("flaky").whenScenarioStateIs("second")
        .willReturn(okJson("{\"ok\":true}")));

    assertThat(api.get("1")).containsEntry("ok", true);
    server.verify(2, getRequestedFor(urlPathEqualTo("/items/1/children")));
  }

  @Test
  void getGivesUpAfterMaxAttemptsWithTheTypedException() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502).withHeader("X-Request-Id", "req-9")));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo("/items/1/children");
          assertThat(e.requestId()).contains("req-9");
        });
    server.verify(3, getRequestedFor(anyUrl()));
  }

  @Test
  void postIsNeverRetried() {
    server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api.create(Map.of("name", "n"))).isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(anyUrl()));
  }

  @Test
  void finalServerErrorIsNotRetried() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)
        .withBody("{\"code\":\"FINAL\",\"message\":\"down for maintenance\"}")));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(MaintenanceException.class, e -> {
          assertThat(e.errorCode()).contains("FINAL");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).isEqualTo("Testvendor GET /items/1/children answered HTTP 503 [FINAL]: down for maintenance");
        });
    server.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void rateLimitHonoursRetryAfterSeconds() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
        .withBody("{\"code\":\"RATE\",\"message\":\"slow down\"}")));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ZERO);
          assertThat(e.errorCode()).contains("RATE");
        });
    server.verify(3, getRequestedFor(anyUrl()));
  }

  @Test
  void notFoundIsTypedAndNotRetried() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"no item\"}")));

    assertThatThrownBy(() -> api.get("1")).isInstanceOf(NotFoundException.class).hasMessageContaining("no item");
    server.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void droppedConnectionBecomesTransportException() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.status()).isZero();
          assertThat(e.path()).isEqualTo("/items/1/children");
        });
    // 3 attempts; the JDK client itself sends an idempotent request once more when the connection
    // closes before any byte of the response (it takes it for a stale keep-alive connection)
    server.verify(6, getRequestedFor(anyUrl()));
  }

  @Test
  void malformedJsonBecomesUndecodableResponse() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{\"ok\": tru")));

    assertThatThrownBy(() -> api.get("1")).isInstanceOf(UndecodableResponseException.class);
    server.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void redirectsAreNotFollowedSoCredentialsStayWithTheHost() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.2:9/steal")));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> assertThat(e.status()).isEqualTo(302));
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void serverMessagesQuotingTheCredentialAreScrubbed() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":\"AUTH\",\"message\":\"token " + SECRET + " is invalid\"}")));

    assertThatThrownBy(() -> api.get("1"))
        .hasMessage("Testvendor GET /items/1/children answered HTTP 401 [AUTH]: token [REDACTED] is invalid");
  }

  @Test
  void userAgentAndAuthorizationAreSent() {
    server.stubFor(get(anyUrl()).willReturn(okJson("{}")));

    api.get("1");

    LoggedRequest request = server.findAll(getRequestedFor(anyUrl())).get(0);
    assertThat(request.getHeader("User-Agent")).isEqualTo("test-agent/1");
    assertThat(request.getHeader("Authorization")).isEqualTo("TOKEN " + SECRET);
  }
}
