package io.secplat.veza;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.BadRequestException;
import io.secplat.veza.generated.model.CustomProvider;
import io.secplat.veza.oaa.CustomApplication;
import io.secplat.veza.oaa.OaaIdentityType;
import io.secplat.veza.oaa.OaaPermission;
import io.secplat.veza.oaa.OaaPushMode;
import io.secplat.veza.oaa.OaaPushOptions;
import io.secplat.veza.oaa.OaaPushResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers shaped exactly as Veza sends them (oaaclient-py's tests and samples), decoded by the façade. */
class OaaDecodingTest {
  static WireMockServer server;
  static VezaClient veza;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    veza = VezaClient.builder().baseUrl(server.baseUrl()).apiKey(Secret.of("veza-key-0001"))
        .retryPolicy(RetryPolicy.none()).build();
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

  static void answer(com.github.tomakehurst.wiremock.client.MappingBuilder request, int status, String body) {
    server.stubFor(request.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  @Test
  void providerPagesAreFollowedUntilHasMoreIsFalse() {
    answer(get(urlPathEqualTo("/api/v1/providers/custom")).withQueryParam("page_token",
        com.github.tomakehurst.wiremock.client.WireMock.absent()), 200,
        "{\"values\":[{\"id\":\"1\",\"name\":\"a\",\"custom_template\":\"application\",\"state\":\"ENABLED\"}],"
            + "\"has_more\":true,\"next_page_token\":\"page2\"}");
    answer(get(urlPathEqualTo("/api/v1/providers/custom")).withQueryParam("page_token",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("page2")), 200,
        "{\"values\":[{\"id\":\"2\",\"name\":\"b\",\"custom_template\":\"hris\",\"state\":\"DELETING\"}],"
            + "\"has_more\":false}");

    List<CustomProvider> providers = veza.oaa().providers().stream().toList();

    assertThat(providers).extracting(CustomProvider::getId, CustomProvider::getState)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "ENABLED"), org.assertj.core.groups.Tuple.tuple("2", "DELETING"));
  }

  @Test
  void aSingleProviderIsReadFromValue() {
    answer(get(urlPathEqualTo("/api/v1/providers/custom/1")), 200,
        "{\"value\":{\"id\":\"1\",\"name\":\"Pytest-1\",\"custom_template\":\"application\",\"state\":\"ENABLED\"}}");
    assertThat(veza.oaa().provider("1").getName()).isEqualTo("Pytest-1");
  }

  @Test
  void theMultipartAnswersOfOaaclientsTestDecodeAndThePartsJoinToThePayload() {
    String parts = "/api/v1/providers/custom/P/datasources/D:parts";
    answer(get(urlPathEqualTo("/api/v1/providers/custom")), 200,
        "{\"values\":[{\"id\":\"P\",\"name\":\"acme\",\"custom_template\":\"application\"}],\"has_more\":false}");
    answer(get(urlPathEqualTo("/api/v1/providers/custom/P/datasources")), 200,
        "{\"values\":[{\"id\":\"D\",\"name\":\"prod\",\"status\":\"SUCCESS\"}],\"has_more\":false,\"next_page_token\":\"\"}");
    answer(post(urlPathEqualTo(parts)).withRequestBody(matchingJsonPath("$.operation", 
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("start"))), 200,
        "{\"status\":\"success\",\"upload_id\":\"7E4B0B18-7A46-4511-945F-6EC49D6E8C49\"}");
    answer(post(urlPathEqualTo(parts)).withRequestBody(matchingJsonPath("$.operation",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("upload"))), 200, "{\"status\":\"success\"}");
    answer(post(urlPathEqualTo(parts)).withRequestBody(matchingJsonPath("$.operation",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("complete"))), 200,
        "{\"status\":\"success\",\"warnings\":[{\"message\":\"Cannot find identity by names ann@example.com\"}]}");
    CustomApplication app = CustomApplication.builder("acme", "acme").permission("view", OaaPermission.DATA_READ)
        .body(w -> {
          w.user("u1", "ann").identity("ann@example.com");
          w.grant(OaaIdentityType.LOCAL_USER, "u1").permission("view");
        }).build();

    OaaPushResult result = veza.oaa().push("acme", "prod", app,
        OaaPushOptions.defaults().withMultipartAbove(100).withPartSize(100));

    assertThat(result.mode()).isEqualTo(OaaPushMode.MULTIPART);
    assertThat(result.uploadId()).contains("7E4B0B18-7A46-4511-945F-6EC49D6E8C49");
    assertThat(result.warnings()).extracting(w -> w.getMessage()).containsExactly("Cannot find identity by names ann@example.com");
    StringBuilder joined = new StringBuilder();
    server.findAll(postRequestedFor(urlPathEqualTo(parts))).stream()
        .map(r -> io.secplat.core.http.Json.newMapper().valueToTree(parse(r.getBodyAsString())))
        .filter(n -> ((com.fasterxml.jackson.databind.JsonNode) n).path("operation").asText().equals("upload"))
        .forEach(n -> joined.append(new String(java.util.Base64.getDecoder().decode(
            ((com.fasterxml.jackson.databind.JsonNode) n).path("data").asText()), java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(joined.toString()).startsWith("{\"custom_property_definition\":").contains("\"identity\":\"u1\"")
        .hasSize((int) result.payloadBytes());
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(parts))).get(server.findAll(
        postRequestedFor(urlPathEqualTo(parts))).size() - 1).getBodyAsString())
        .isEqualTo("{\"operation\":\"complete\",\"upload_id\":\"7E4B0B18-7A46-4511-945F-6EC49D6E8C49\",\"sequence_count\":"
            + result.parts() + "}");
  }

  @Test
  void aRefusedPayloadIsABadRequestCarryingVezasCodeAndRequestId() {
    answer(post(urlPathMatching(".*:push")), 400, "{\"code\":\"InvalidArgument\",\"message\":\"invalid payload\","
        + "\"request_id\":\"r-123\",\"timestamp\":\"2024-05-01T10:00:00.123456789Z\",\"details\":[{\"message\":\"x\"}]}");
    answer(get(urlPathEqualTo("/api/v1/providers/custom")), 200,
        "{\"values\":[{\"id\":\"P\",\"name\":\"acme\",\"custom_template\":\"application\"}],\"has_more\":false}");
    answer(get(urlPathEqualTo("/api/v1/providers/custom/P/datasources")), 200,
        "{\"values\":[{\"id\":\"D\",\"name\":\"prod\"}],\"has_more\":false}");
    CustomApplication app = CustomApplication.builder("acme", "acme").build();

    assertThatThrownBy(() -> veza.oaa().push("acme", "prod", app)).isInstanceOfSatisfying(BadRequestException.class, e -> {
      assertThat(e.errorCode()).contains("InvalidArgument");
      assertThat(e.requestId()).contains("r-123");
    });
  }

  private static Object parse(String body) {
    try {
      return io.secplat.core.http.Json.newMapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
