package io.secplat.mock.veza;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * A plain HTTP client for a mock provider (no façade exists yet) that checks every answer of a
 * spec operation against the spec itself with the Atlassian OpenAPI validator.
 */
final class VezaHttp {
  static final String KEY = "Bearer veza-test-key-0001";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForSpecificationUrl(VezaHttp.class.getClassLoader().getResource(VezaMock.SPEC).toString()).build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  VezaHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param body the body as JSON, a missing node when empty
   * @param text the body as sent
   */
  record Reply(int status, JsonNode body, String text) {}

  /** Sends with a valid key and checks the answer against the spec. */
  Reply call(String method, String pathAndQuery, Object body) {
    Reply reply = send(KEY, method, pathAndQuery, body);
    assertValid(method, pathAndQuery, reply);
    return reply;
  }

  /** Sends with the given Authorization header (null for none) and checks nothing. */
  Reply send(String authorization, String method, String pathAndQuery, Object body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
          .header("Accept", "application/json");
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Reply(response.statusCode(), text.isEmpty() ? JSON.missingNode() : JSON.readTree(text), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asserts that the reply is a response the spec allows for that operation and status. */
  static void assertValid(String method, String pathAndQuery, Reply reply) {
    int query = pathAndQuery.indexOf('?');
    String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
        SimpleResponse.Builder.status(reply.status()).withContentType("application/json").withBody(reply.text()).build());
    assertThat(report.getMessages()).as("%s %s answered %s: %s", method, path, reply.status(), report).isEmpty();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
