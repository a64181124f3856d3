package io.secplat.guardian;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.NotFoundException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.UnauthorizedException;
import io.secplat.guardian.generated.api.NodesApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry point: auth header, builder, environment, errors, retries, the escape hatch. */
class GuardianClientTest extends GuardianMockTestBase {

  @Test
  void everyRequestCarriesTheTwoKeysJoinedInATokenHeader() {
    guardian.nodes().get(311);
    assertThat(lastRequest().getHeader("Authorization")).isEqualTo("Token token=\"test-api-key-0001test-secret-key-0002\"");
    assertThat(lastRequest().getHeader("Accept")).isEqualTo("application/json");
    assertThat(lastRequest().getHeader("User-Agent")).startsWith("secplat-guardian/");
  }

  @Test
  void theMockRejectsAMissingOrMalformedTokenHeaderWith401() {
    for (String header : new String[] {"Basic dGVzdDp0ZXN0", "Token token=test", "Token token=\"two words\"", "Token token=\"\"",
        "Token token=\"abc\" extra"}) {
      java.net.http.HttpResponse<String> answer = send(header);
      assertThat(answer.statusCode()).as(header).isEqualTo(401);
      assertThat(answer.body()).isEqualTo("{\"error\":\"No authorization method found\"}");
    }
    assertThat(send(null).statusCode()).isEqualTo(401);
    assertThat(send("Token token=\"abc\"").statusCode()).isEqualTo(200);
  }

  @Test
  void anUnauthorizedAnswerIsAnUnauthorizedException() {
    override(get(urlPathEqualTo("/api/v2/nodes/311.json"))
        .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"No authorization method found\"}")));
    assertThatThrownBy(() -> guardian.nodes().get(311)).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.getMessage()).isEqualTo("Guardian GET /api/v2/nodes/311.json answered HTTP 401: No authorization method found");
    });
  }

  @Test
  void readsAreRetriedOnAServerErrorAndCreatesAreNot() {
    override(get(urlPathEqualTo("/api/v2/nodes/311.json")).inScenario("flaky")
        .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}")).willSetStateTo("ok"));
    try (GuardianClient retrying = GuardianClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of(API_KEY))
        .secretKey(Secret.of(SECRET_KEY))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build()).build()) {
      assertThat(retrying.nodes().get(311).getName()).isEqualTo("prod01");
      assertThat(calls()).containsExactly("GET /api/v2/nodes/311.json", "GET /api/v2/nodes/311.json");

      mocks.server().resetRequests();
      override(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v2/node_groups.json"))
          .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}")));
      assertThatThrownBy(() -> retrying.nodeGroups().create(
          new io.secplat.guardian.generated.model.NodeGroupCreateAttributes().name("Once")))
          .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.getMessage()).endsWith("answered HTTP 503: busy"));
      assertThat(calls()).containsExactly("POST /api/v2/node_groups.json");
    }
  }

  @Test
  void aMissingRecordIsNotFound() {
    assertThatThrownBy(() -> guardian.environments().get(99)).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.path()).isEqualTo("/api/v2/environments/99.json");
    });
  }

  @Test
  void theBuilderReadsTheEnvironmentAndNamesWhatIsMissing() {
    Map<String, String> environment = Map.of(GuardianClient.ENV_BASE_URL, mocks.baseUrl(),
        GuardianClient.ENV_API_KEY, API_KEY, GuardianClient.ENV_SECRET_KEY, SECRET_KEY);
    try (GuardianClient fromEnvironment = GuardianClient.builder().fromEnvironment(environment).build()) {
      assertThat(fromEnvironment.environments().get(30).getName()).isEqualTo("Production");
      assertThat(lastRequest().getHeader("Authorization")).isEqualTo("Token token=\"test-api-key-0001test-secret-key-0002\"");
    }
    assertThatThrownBy(() -> GuardianClient.builder().fromEnvironment(Map.of(GuardianClient.ENV_BASE_URL, "https://x.example.com",
        GuardianClient.ENV_API_KEY, API_KEY)))
        .isInstanceOf(IllegalStateException.class).hasMessage("environment variable GUARDIAN_SECRET_KEY is not set");
    assertThatThrownBy(() -> GuardianClient.builder().baseUrl("https://x.example.com").apiKey(Secret.of(API_KEY)).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("secretKey is required");
    assertThatThrownBy(() -> GuardianClient.builder().baseUrl("https://x.example.com").secretKey(Secret.of(SECRET_KEY)).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("apiKey is required");
  }

  @Test
  void aKeyThatWouldBreakTheHeaderIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> GuardianClient.builder().apiKey(Secret.of("abc\"def")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("apiKey must not contain quotes or white space");
    assertThatThrownBy(() -> GuardianClient.builder().secretKey(Secret.of("abc def")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("secretKey must not contain quotes or white space");
  }

  @Test
  void theGeneratedInterfacesStayReachable() {
    assertThat(guardian.api(NodesApi.class).getNode(312L).getName()).isEqualTo("prod01-1");
    assertThat(lastRequest().getHeader("Authorization")).startsWith("Token token=");
  }

  private static java.net.http.HttpResponse<String> send(String authorization) {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(mocks.baseUrl() + "/api/v2/nodes/311.json"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
