package io.secplat.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.UnauthorizedException;
import io.secplat.jupiterone.generated.api.SynchronizationApi;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Endpoints, hosts and headers: where the client sends what. */
class JupiterOneClientBuilderTest extends JupiterOneMockTestBase {

  @Test
  void aRegionMeansTheDocumentedHostsWithTheNewerIamHost() {
    try (JupiterOneClient client = JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a").build()) {
      assertThat(client.endpoints()).isEqualTo(new JupiterOneEndpoints(URI.create("https://api.us.jupiterone.io"),
          URI.create("https://api.us.jupiterone.io/graphql"), URI.create("https://api.us.jupiterone.io/rules/graphql"),
          URI.create("https://graphql.us.jupiterone.io/")));
    }
    try (JupiterOneClient client = JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a").region("eu")
        .iamUrl("https://api.eu.jupiterone.io/iam/graphql").build()) {
      assertThat(client.endpoints().graph()).hasToString("https://api.eu.jupiterone.io/graphql");
      assertThat(client.endpoints().iam()).hasToString("https://api.eu.jupiterone.io/iam/graphql");
    }
  }

  @Test
  void anExplicitHostServesEveryEndpointUnlessTheGraphqlHostIsSetApart() {
    try (JupiterOneClient client = JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a")
        .baseUrl("https://api.us.jupiterone.io").graphqlBaseUrl("https://graphql.us.jupiterone.io/").build()) {
      assertThat(client.endpoints()).isEqualTo(new JupiterOneEndpoints(URI.create("https://api.us.jupiterone.io"),
          URI.create("https://graphql.us.jupiterone.io/graphql"), URI.create("https://graphql.us.jupiterone.io/rules/graphql"),
          URI.create("https://graphql.us.jupiterone.io/iam/graphql")));
    }
    assertThat(j1.endpoints().iam()).hasToString(mocks.baseUrl() + "/iam/graphql");
  }

  @Test
  void restAndEveryGraphQlEndpointGetTheBearerKeyAndTheAccount() {
    j1.query("FIND Person").stream().count();
    j1.iam().groups().stream().count();
    j1.sync().run(SyncJobSpec.diff("h"), java.util.stream.Stream.empty(), java.util.stream.Stream.empty());
    assertThatThrownBy(() -> j1.rawData().entries("no-such-entity")).isInstanceOf(io.secplat.core.error.NotFoundException.class);

    List<LoggedRequest> all = mocks.server().findAll(anyRequestedFor(anyUrl()));
    assertThat(all).extracting(LoggedRequest::getUrl).contains("/graphql", "/iam/graphql", "/persister/synchronization/jobs",
        "/entities/no-such-entity/raw-data");
    assertThat(all).allSatisfy(r -> {
      assertThat(r.getHeader("Authorization")).isEqualTo("Bearer test-key-0001");
      assertThat(r.getHeader("JupiterOne-Account")).isEqualTo("j1-acc-1");
      assertThat(r.getHeader("User-Agent")).startsWith("secplat-jupiterone/");
    });
  }

  @Test
  void theIamEndpointCanLiveOnAnotherConfiguredHostAndStillGetsTheCredentials() {
    try (JupiterOneClient client = JupiterOneClient.builder().baseUrl(mocks.baseUrl())
        .iamUrl("http://localhost:" + mocks.port() + "/iam/graphql").apiKey(Secret.of("test-key-0001")).accountId("j1-acc-1")
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThat(client.iam().groups().stream().count()).isEqualTo(3);
    }
    assertThat(lastRequest().getHeader("Host")).startsWith("localhost:");
    assertThat(lastRequest().getHeader("Authorization")).isEqualTo("Bearer test-key-0001");
  }

  @Test
  void aMissingOrWrongCredentialIsUnauthorized() {
    try (JupiterOneClient wrong = JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("two words"))
        .accountId("a").retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> wrong.query("FIND Person").iterator().hasNext())
          .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errorCode()).contains("UNAUTHORIZED");
          });
      assertThatThrownBy(() -> wrong.api(SynchronizationApi.class).getSyncJob("x")).isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void requiredSettingsAndInsecureUrlsAreRefused() {
    assertThatThrownBy(() -> JupiterOneClient.builder().accountId("a").build()).hasMessage("apiKey is required");
    assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).build()).hasMessage("accountId is required");
    assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a")
        .iamUrl("http://iam.example.com/graphql").build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("iamUrl uses plain http on a non-loopback host (iam.example.com)");
    assertThatThrownBy(() -> JupiterOneClient.builder().apiKey(Secret.of("k-0000001")).accountId("a")
        .graphqlBaseUrl("http://graphql.example.com").build())
        .hasMessageStartingWith("graphqlBaseUrl uses plain http on a non-loopback host (graphql.example.com)");
    assertThatThrownBy(() -> JupiterOneClient.builder().region("US East")).hasMessage(
        "region must be lower-case letters, digits and dashes, was US East");
    assertThatThrownBy(() -> JupiterOneClient.builder().accountId(" ")).hasMessage("accountId must not be blank");
  }

  @Test
  void theEnvironmentConfiguresTheClient() {
    try (JupiterOneClient client = JupiterOneClient.builder().fromEnvironment(Map.of("JUPITERONE_API_KEY", "k-0000001",
        "JUPITERONE_ACCOUNT", "acc", "JUPITERONE_REGION", "eu")).build()) {
      assertThat(client.endpoints().api()).hasToString("https://api.eu.jupiterone.io");
    }
    try (JupiterOneClient client = JupiterOneClient.builder().fromEnvironment(Map.of("JUPITERONE_API_KEY", "k-0000001",
        "JUPITERONE_ACCOUNT", "acc", "JUPITERONE_BASE_URL", mocks.baseUrl(), "JUPITERONE_IAM_URL", mocks.baseUrl() + "/iam/graphql"))
        .build()) {
      assertThat(client.endpoints().iam()).hasToString(mocks.baseUrl() + "/iam/graphql");
    }
    assertThatThrownBy(() -> JupiterOneClient.builder().fromEnvironment(Map.of("JUPITERONE_API_KEY", "k")))
        .hasMessage("environment variable JUPITERONE_ACCOUNT is not set");
  }
}
