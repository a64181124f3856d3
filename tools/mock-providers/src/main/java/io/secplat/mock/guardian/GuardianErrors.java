package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;

/** Guardian's error body {@code {"error": "..."}} (the spec's GuardianError). */
final class GuardianErrors {
  /** The seed's only error sample, for a missing or malformed Authorization header. */
  static final String NO_AUTHORIZATION = "No authorization method found";

  private GuardianErrors() {}

  static ObjectNode body(String message) {
    return JsonNodeFactory.instance.objectNode().put("error", message);
  }

  /** A miss: {@code 404 {"error": "Not Found"}}, as public vendor clients show for lookups. */
  static ResponseDefinition notFound() {
    return JsonResponses.json(404, body("Not Found"));
  }

  static ResponseDefinition badRequest(String message) {
    return JsonResponses.json(400, body(message));
  }

  static ResponseDefinition unprocessable(String message) {
    return JsonResponses.json(422, body(message));
  }
}
