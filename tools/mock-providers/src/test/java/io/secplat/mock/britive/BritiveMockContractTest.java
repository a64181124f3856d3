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
    HttpResponse<String> response = send("GET", "/api/apps/app-1/environments/1111/accounts?size=5", null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(response.body()).path("message").asText())
        .contains("[validation.request.parameter.query.missing]").contains("page");
  }

  @Test
  void aRequestHonouringTheContractIsAnswered() throws Exception {
    HttpResponse<String> response = send("GET", "/api/apps/app-1/environments/1111/accounts?page=0&size=5", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(response.body()).path("data")).hasSize(5);
  }
}
