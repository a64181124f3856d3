package io.secplat.mock.guardian;

import static io.secplat.mock.guardian.GuardianBodies.array;
import static io.secplat.mock.openapi.JsonResponses.empty;
import static io.secplat.mock.openapi.JsonResponses.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.secplat.mock.openapi.MockCall;
import java.util.List;
import java.util.Set;

/**
 * Users and accounts. The users of the organisation (listing {@code users}: records with id,
 * email and role) and each user's accounts (listing {@code users/<id>/accounts}) are what provider
 * states seed; unseeded, both answer the documented empty lists. Inviting checks the email (a
 * space means a {@code +} was sent unencoded: 422) and the role (member or analyst, else 422) and
 * answers 204 for an email that is already a member's, else 201 with the invitation; invitations
 * are not kept. Changing a role also accepts admin; removing answers 204.
 */
final class UserRoutes {
  static final String USERS = "users";
  private static final Set<String> INVITE_ROLES = Set.of("member", "analyst");
  private static final Set<String> ROLES = Set.of("member", "analyst", "admin");

  private final GuardianState state;

  UserRoutes(GuardianState state) {
    this.state = state;
  }

  /** @return the listing of a user's organisation accounts (records with id and name) */
  static String accountsOf(long userId) {
    return "users/" + userId + "/accounts";
  }

  /** @return the answer, or null when the operation is not a user operation (or nothing was seeded) */
  ResponseDefinition respond(MockCall call) {
    String operationId = call.operation().operationId();
    switch (operationId) {
      case "listAccounts": {
        Long user = MockCall.longValue(call.query("user_id"));
        List<ObjectNode> accounts = user == null ? null : state.seeded(accountsOf(user));
        return accounts == null ? null : json(200, array(accounts));
      }
      case "listUsers": {
        List<ObjectNode> users = state.seeded(USERS);
        return users == null ? null : json(200, array(users));
      }
      case "inviteUser":
      case "updateUserRole":
      case "removeUser":
        return change(call, operationId);
      default:
        return null;
    }
  }

  private ResponseDefinition change(MockCall call, String operationId) {
    String email = call.query("email");
    if (email == null || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
      return GuardianErrors.unprocessable("Email is invalid (a '+' must be sent as %2B): " + email);
    }
    if (operationId.equals("removeUser")) {
      return empty(204);
    }
    String role = call.query("role");
    if (role == null || !(operationId.equals("inviteUser") ? INVITE_ROLES : ROLES).contains(role)) {
      return GuardianErrors.unprocessable("Role is not valid: " + role);
    }
    if (operationId.equals("updateUserRole") || isMember(email)) {
      return empty(204);
    }
    return json(201, JsonNodeFactory.instance.objectNode().put("email", email).put("organisation_id", 12).put("role", role));
  }

  private boolean isMember(String email) {
    List<ObjectNode> users = state.seeded(USERS);
    return users != null && users.stream().anyMatch(user -> email.equalsIgnoreCase(user.path("email").asText()));
  }
}
