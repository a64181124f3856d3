package io.secplat.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.MockProviders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecDrivenMockRoutingTest {

  /** Serves the test contract; answers with the operation id and the decoded {@code id}. */
  static final class ThingsMock extends SpecDrivenMock {
    ThingsMock() {
      super("things", "openapi/colon-paths.yaml");
    }

    @Override
    protected String pathPattern() {
      return "/things/.*";
    }

    @Override
    protected String credentialPattern() {
      return "Key \\S+";
    }

    @Override
    protected JsonNode unauthorizedBody() {
      return JsonNodeFactory.instance.objectNode().put("error", "unauthorized");
    }

    @Override
    protected ResponseDefinition respond(MockCall call) {
      return JsonResponses.json(200, JsonNodeFactory.instance.objectNode()
          .put("operation", call.operation().operationId()).put("id", call.pathParameter("id")));
    }

    @Override
    public void resetState() {}
  }

  @Test
  void aPlaceholderFollowedByLiteralTextInItsSegmentIsMoreSpecific() {
    OpenApiDocument spec = OpenApiDocument.fromClasspath("openapi/colon-paths.yaml");
    assertThat(spec.operation("GetThingNodes").hasLiteralInPlaceholderSegment()).isTrue();
    assertThat(spec.operation("GetThing").hasLiteralInPlaceholderSegment()).isFalse();
    assertThat(spec.operation("GetPart").hasLiteralInPlaceholderSegment()).isFalse();
  }

  @Test
  void customMethodPathsWinWhateverTheDocumentOrder() throws Exception {
    try (MockProviders mocks = MockProviders.start(0, new ThingsMock())) {
      Map<String, String> expected = Map.of(
          "/things/a:nodes", "GetThingNodes a",
          "/things/a", "GetThing a",
          "/things/a%3Anodes", "GetThingNodes a",
          "/things/a%3Ab", "GetThing a:b",
          "/things/a:b", "GetThing a:b",
          "/things/a:b:nodes", "GetThingNodes a:b",
          "/things/a/parts/p", "GetPart a");
      HttpClient http = HttpClient.newHttpClient();
      for (Map.Entry<String, String> call : expected.entrySet()) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + call.getKey()))
            .header("Authorization", "Key k").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(call.getKey()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("operation").asText() + " " + body.get("id").asText()).as(call.getKey())
            .isEqualTo(call.getValue());
      }
      HttpResponse<String> unauthorized = http.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + "/things/a"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(unauthorized.statusCode()).isEqualTo(401);
      assertThat(unauthorized.body()).isEqualTo("{\"error\":\"unauthorized\"}");
    }
  }
}
