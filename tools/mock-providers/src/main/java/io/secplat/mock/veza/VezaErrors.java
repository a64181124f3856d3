package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.JsonResponses;
import java.time.Instant;
import java.util.UUID;

/**
 * Veza's error envelope {@code VezaError {code, message, request_id, timestamp, details[]}}.
 * {@code code} is a string, the gRPC status code name as the spec's examples write it
 * ({@code InvalidArgument}, {@code NotFound}, ...); every error gets a fresh UUID as
 * {@code request_id} and the current time as {@code timestamp}. The spec documents no request-id
 * header, so the id travels in the body only.
 */
final class VezaErrors {
  static final String INVALID_ARGUMENT = "InvalidArgument";
  static final String NOT_FOUND = "NotFound";
  static final String ALREADY_EXISTS = "AlreadyExists";
  static final String UNAUTHENTICATED = "Unauthenticated";
  static final String UNIMPLEMENTED = "Unimplemented";

  private VezaErrors() {}

  static ResponseDefinition invalidArgument(String message) {
    return error(400, INVALID_ARGUMENT, message);
  }

  static ResponseDefinition notFound(String message) {
    return error(404, NOT_FOUND, message);
  }

  static ResponseDefinition alreadyExists(String message) {
    return error(409, ALREADY_EXISTS, message);
  }

  static ResponseDefinition error(int status, String code, String message) {
    return JsonResponses.json(status, body(code, message));
  }

  static ObjectNode body(String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("code", code);
    body.put("message", message);
    body.put("request_id", UUID.randomUUID().toString());
    body.put("timestamp", Instant.now().toString());
    body.putArray("details");
    return body;
  }
}
