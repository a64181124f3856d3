package io.secplat.mock.britive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;

/**
 * Britive's error body {@code {errorCode, message, details}}. The codes are the mock's own
 * ({@code MOCK-400}, …): the vendor documents none except {@code MAINT0001}.
 */
final class BritiveErrors {
  private BritiveErrors() {}

  static ResponseDefinition badRequest(String message) {
    return error(400, "MOCK-400", message);
  }

  static ResponseDefinition notFound(String what) {
    return error(404, "MOCK-404", what + " does not exist");
  }

  static ObjectNode body(String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("errorCode", code);
    body.put("message", message);
    body.putNull("details");
    return body;
  }

  static ResponseDefinition error(int status, String code, String message) {
    return JsonResponses.json(status, body(code, message));
  }
}
