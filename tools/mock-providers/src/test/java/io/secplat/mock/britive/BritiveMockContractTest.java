package io.secplat.mock.britive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A client that drifts from the Britive contract gets a 400 naming the rule it broke. */
class BritiveMockContractTest {
  static MockProviders mocks;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  static HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mocks.baseUrl() + path))
        .header("Authorization", "TOKEN t0k3n").header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyValueOutsideTheEnumIsRefusedNamingTheRule() throws Exception {
    HttpResponse<String> response = send("POST", "/api/apps/app-1/root-environment-group/environments",
        "{\"name\":\"e\",\"type\":\"group\",\"parentGroupId\":\"0v8kgkkayprnvi7x\"}");
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(body.path("errorCode").asText()).isEqualTo("MOCK-CONTRACT");
    assertThat(body.path("message").asText())
        .startsWith("the request breaks the britive contract (createEnvironment):")
        .contains("[validation.request.body.schema.enum]");
  }

  @Test
  void aMissingRequiredQueryParameterIsRefusedNamingTheRule() throws Exception {
    HttpResponse<String> response = send("GET", "/api/apps/app-1/root-environment-group?type=environments", null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(response.body()).path("message").asText())
        .contains("[validation.request.parameter.query.missing]").contains("view");
  }

  // What Britive's own clients send (britive/python-sdk, britive/terraform-provider-britive; see
  // the x-evidence of specs/britive/britive.yaml) is taken and answered as the service does.

  @Test
  void usersAreMappedByAnArrayOfTheirIdsAsBritivesSdkSendsThem() throws Exception {
    String users = "/api/apps/app-1/environments/1111/accounts/2800/users";
    HttpResponse<String> mapped = send("POST", users, "[\"user-id-1\",\"user-id-2\"]");
    assertThat(mapped.statusCode()).isEqualTo(200);
    assertThat(mapped.body()).isEmpty();
    assertThat(send("POST", users, "{\"saveToAllEnvs\":true}").statusCode()).isEqualTo(400);
    assertThat(send("POST", users, "[]").statusCode()).isEqualTo(400);
  }

  @Test
  void nodesCreatedWithoutTypeAsTheTerraformProviderSendsThemAreAnsweredWith200() throws Exception {
    HttpResponse<String> group = send("POST", "/api/apps/app-1/root-environment-group/groups",
        "{\"name\":\"tf-group\",\"description\":\"\",\"parentId\":\"Nt6Hj5VIevsVAno7\"}");
    assertThat(group.statusCode()).isEqualTo(200);
    String groupId = new ObjectMapper().readTree(group.body()).path("id").asText();
    assertThat(groupId).isNotBlank();
    HttpResponse<String> env = send("POST", "/api/apps/app-1/root-environment-group/environments",
        "{\"name\":\"tf-env\",\"description\":\"\",\"parentGroupId\":\"" + groupId + "\"}");
    assertThat(env.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(env.body()).path("parentGroupId").asText()).isEqualTo(groupId);
  }

  @Test
  void aListWithoutPageOrSizeAnswersTheFirstPageOfTwenty() throws Exception {
    HttpResponse<String> response = send("GET", "/api/apps/app-1/environments/1111/accounts", null);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.path("page").asInt()).isZero();
    assertThat(body.path("size").asInt()).isEqualTo(20);
    assertThat(body.path("data")).hasSize(20);
  }

  @Test
  void verdictsAreKeptPerWholeRequestSoARepeatIsJudgedAlikeAndAVariantAfresh() throws Exception {
    String valid = "/api/apps/app-1/environments/1111/accounts?page=0&size=5";
    String invalid = "/api/apps/app-1/root-environment-group?type=environments";
    for (int i = 0; i < 3; i++) {                                   // the same requests, judged the same each time
      assertThat(send("GET", invalid, null).statusCode()).isEqualTo(400);
      assertThat(send("GET", valid, null).statusCode()).isEqualTo(200);
    }
    String users = "/api/apps/app-1/environments/1111/accounts/2800/users";
    assertThat(send("POST", users, "[\"user-id-1\"]").statusCode()).isEqualTo(200);
    assertThat(send("POST", users, "[]").statusCode()).isEqualTo(400);                // same line, another body
    assertThat(send("POST", users, "[\"user-id-1\"]").statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestHonouringTheContractIsAnswered() throws Exception {
    HttpResponse<String> response = send("GET", "/api/apps/app-1/environments/1111/accounts?page=0&size=5", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(response.body()).path("data")).hasSize(5);
  }
}
