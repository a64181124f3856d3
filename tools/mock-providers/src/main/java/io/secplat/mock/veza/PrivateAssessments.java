package io.secplat.mock.veza;

import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import io.secplat.mock.openapi.OpenApiDocument;
import java.util.Map;

/**
 * The private (Early Access) assessment calls: RoleExists, RoleMaintenance,
 * GetAccessRelationship and CohortRoleAnalysis. They answer their documented examples: the
 * response example named like the request example the body equals (the "nomatch" request gets
 * the "nomatch" response), otherwise the first one. A body that is not a JSON object or lacks a
 * field the request schema lists as required gets 400 InvalidArgument.
 */
final class PrivateAssessments {
  private final OpenApiDocument spec;

  PrivateAssessments(OpenApiDocument spec) {
    this.spec = spec;
  }

  ResponseDefinition respond(MockCall call) {
    String operationId = call.operation().operationId();
    JsonNode body = call.jsonObjectBody();
    if (body == null) {
      return VezaErrors.invalidArgument("the body must be a JSON object");
    }
    for (JsonNode required : spec.requestSchema(operationId).path("required")) {
      JsonNode value = body.path(required.asText());
      if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank()) {
        return VezaErrors.invalidArgument(required.asText() + " is required");
      }
    }
    for (Map.Entry<String, JsonNode> request : spec.requestExamples(operationId).entrySet()) {
      JsonNode response = call.operation().examples().get(request.getKey());
      if (response != null && request.getValue().equals(body)) {
        return json(200, response);
      }
    }
    return json(200, call.operation().example());
  }
}
