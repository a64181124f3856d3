package io.secplat.mock.guardian;

import static io.secplat.mock.guardian.GuardianBodies.id;
import static io.secplat.mock.guardian.GuardianBodies.root;
import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;

/** Environments: the stateful records, lookup and the nodes each holds. */
final class EnvironmentRoutes {
  private final GuardianState state;

  EnvironmentRoutes(GuardianState state) {
    this.state = state;
  }

  /** @return the answer, or null when the operation is not an environment operation kept in state */
  ResponseDefinition respond(MockCall call) {
    switch (call.operation().operationId()) {
      case "listEnvironments":
        return GuardianPages.page(call, state::environmentWindow);
      case "createEnvironment": {
        JsonNode environment = root(call, "environment");
        return environment == null ? GuardianErrors.unprocessable("the body must be {\"environment\": {...}}")
            : json(201, state.createEnvironment(environment));
      }
      case "getEnvironment":
        return json(200, state.environment(id(call, "environmentId")));
      case "updateEnvironment": {
        JsonNode environment = root(call, "environment");
        if (environment == null) {
          return GuardianErrors.unprocessable("the body must be {\"environment\": {...}}");
        }
        state.updateEnvironment(id(call, "environmentId"), environment);
        return empty(204);
      }
      case "deleteEnvironment":
        state.deleteEnvironment(id(call, "environmentId"));
        return empty(204);
      case "lookupEnvironment":
        return java.util.Optional.ofNullable(
                state.firstEnvironment(e -> e.path("name").asText().equals(call.query("name"))))
            .map(e -> json(200, JsonNodeFactory.instance.objectNode().put("environment_id", e.get("id").asLong())))
            .orElseGet(GuardianErrors::notFound);
      case "listEnvironmentNodes": {
        long environment = id(call, "environmentId");
        return GuardianPages.page(call, (from, to) -> state.nodeWindow(
            n -> n.path("environment_id").asLong() == environment, from, to));
      }
      default:
        return null;
    }
  }
}
