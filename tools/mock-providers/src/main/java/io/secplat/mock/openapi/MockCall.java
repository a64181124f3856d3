package io.secplat.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request to a spec-driven mock, already matched to its operation.
 *
 * @param operation the operation of the spec the request matched
 * @param request the HTTP request
 */
public record MockCall(SpecOperation operation, Request request) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param name a path parameter's name as the spec writes it
   * @return its value, percent-decoded
   */
  public String pathParameter(String name) {
    Map<String, String> raw = operation.pathParameters(URI.create(request.getUrl()).getRawPath());
    String value = raw.get(name);
    return value == null ? null : URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * @param name a query parameter's name
   * @return its first value, or null
   */
  public String query(String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  /**
   * @param name a query parameter's name
   * @return all its values, in order; empty when absent
   */
  public java.util.List<String> queryValues(String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.values() : java.util.List.of();
  }

  /** @return the body as a JSON object, or null when it is absent or not an object */
  public JsonNode jsonObjectBody() {
    try {
      JsonNode node = JSON.readTree(request.getBodyAsString());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * @param text a number's text, or null
   * @return the number, or null when absent or not an integer
   */
  public static Long longValue(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * @param text a number's text, or null
   * @return the integer, or null when absent or not an integer
   */
  public static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
