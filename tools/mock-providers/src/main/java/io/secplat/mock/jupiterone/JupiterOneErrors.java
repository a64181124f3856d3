package io.secplat.mock.jupiterone;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;

/**
 * The REST error body of the spec's {@code ErrorResponse}: {@code {error: {code, message},
 * message}}. The codes are the mock's own; JupiterOne documents none.
 */
final class JupiterOneErrors {
  private JupiterOneErrors() {}

  static ObjectNode body(String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("error").put("code", code).put("message", message);
    body.put("message", message);
    return body;
  }

  static ResponseDefinition badRequest(String message) {
    return JsonResponses.json(400, body("BAD_REQUEST", message));
  }

  static ResponseDefinition notFound(String what) {
    return JsonResponses.json(404, body("NOT_FOUND", what + " does not exist"));
  }

  static ResponseDefinition unsupportedMediaType(String message) {
    return JsonResponses.json(415, body("UNSUPPORTED_MEDIA_TYPE", message));
  }
}
