package io.secplat.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.http.VendorProfile;

/**
 * JupiterOne at the HTTP level. Error bodies are undocumented; two shapes are read: the REST
 * {@code {error: {code, message}, message}} of the spec's ErrorResponse, and a GraphQL
 * {@code {errors: [{message, extensions: {code}}]}} sent with an error status. No REST POST only
 * reads; GraphQL queries are retried by the core's GraphQL transport.
 */
final class JupiterOneProfile implements VendorProfile {

  @Override
  public String name() {
    return "JupiterOne";
  }

  @Override
  public VendorError readError(int status, byte[] body, ObjectMapper json) {
    if (body.length == 0) {
      return VendorError.NONE;
    }
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        return VendorError.NONE;
      }
      JsonNode graphQlError = node.path("errors").path(0);
      if (graphQlError.isObject()) {
        return new VendorError(text(graphQlError.path("extensions").path("code")), text(graphQlError.path("message")));
      }
      JsonNode error = node.path("error");
      String message = text(error.path("message"));
      return new VendorError(text(error.path("code")), message != null ? message : text(node.path("message")));
    } catch (java.io.IOException notJson) {
      return VendorError.NONE;
    }
  }

  private static String text(JsonNode value) {
    return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
  }
}
