package io.secplat.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    List<String> values = queryValues(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The values of a query parameter, decoded the way web servers decode forms
   * ({@code application/x-www-form-urlencoded}): {@code %2B} is a plus sign and a bare {@code +}
   * is a space, so a client that forgets to encode a {@code +} is caught.
   *
   * @param name a query parameter's name
   * @return all its values, in order; empty when absent
   */
  public List<String> queryValues(String name) {
    String query = URI.create(request.getUrl()).getRawQuery();
    List<String> values = new ArrayList<>();
    if (query == null) {
      return values;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        values.add(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
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
