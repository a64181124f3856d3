package io.secplat.mock.veza;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Veza checks in a pushed payload, as far as oaaclient's templates and tests show it. Errors
 * refuse the push; warnings are answered with a successful push.
 *
 * <p>Custom application: an {@code applications} entry with name and application_type; unique
 * ids of users, groups, roles, resources and permissions; every grant in
 * {@code identity_to_permissions} names a declared local identity (or an {@code idp} identity),
 * a declared permission or role, and declared resources. Warnings: an IdP identity or a user's
 * {@code identities} entry Veza cannot match ("Cannot find identity by names ..."), a role without
 * permissions ("Role is missing permission ..."). Identity provider: a domain, unique user and group
 * identities. HRIS: a system, unique employee and group ids, managers and groups that exist.
 */
final class OaaPayloadCheck {
  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private OaaPayloadCheck() {}

  static OaaPayloadCheck of(String template, JsonNode payload) {
    OaaPayloadCheck check = new OaaPayloadCheck();
    switch (template) {
      case "identity_provider" -> check.identityProvider(payload);
      case "hris" -> check.hris(payload);
      default -> check.application(payload);
    }
    return check;
  }

  List<String> errors() {
    return errors;
  }

  List<String> warnings() {
    return warnings;
  }

  private void application(JsonNode payload) {
    JsonNode app = payload.path("applications").path(0);
    if (!app.isObject() || app.path("name").asText().isEmpty() || app.path("application_type").asText().isEmpty()) {
      errors.add("applications[0] needs a name and an application_type");
      return;
    }
    Set<String> permissions = ids(payload.path("permissions"), "permissions", false);
    Set<String> users = ids(app.path("local_users"), "local_users", true);
    Set<String> groups = ids(app.path("local_groups"), "local_groups", true);
    Set<String> roles = ids(app.path("local_roles"), "local_roles", true);
    Set<String> resources = new HashSet<>();
    collectResources(app.path("resources"), resources, "resources");
    for (JsonNode user : app.path("local_users")) {
      for (JsonNode identity : user.path("identities")) {
        warnings.add("Cannot find identity by names " + identity.asText() + " for local user " + key(user, true));
      }
      for (JsonNode group : user.path("groups")) {
        if (!groups.contains(group.asText())) {
          errors.add("local user " + key(user, true) + " is in undeclared local group " + group.asText());
        }
      }
    }
    for (JsonNode role : app.path("local_roles")) {
      if (role.path("permissions").isEmpty()) {
        warnings.add("Role is missing permission: local role " + key(role, true) + " grants none");
      }
      for (JsonNode p : role.path("permissions")) {
        if (!permissions.contains(p.asText())) {
          errors.add("local role " + key(role, true) + " uses undeclared permission " + p.asText());
        }
      }
    }
    int index = 0;
    for (JsonNode grant : payload.path("identity_to_permissions")) {
      String where = "identity_to_permissions[" + index++ + "]";
      String identity = grant.path("identity").asText();
      String type = grant.path("identity_type").asText();
      Set<String> declared = switch (type) {
        case "local_user" -> users;
        case "local_group" -> groups;
        case "local_role" -> roles;
        default -> null;
      };
      if (declared != null && !declared.contains(identity)) {
        errors.add(where + ": " + type + " " + identity + " is not declared");
      } else if ("idp".equals(type)) {
        warnings.add("Cannot find identity by names " + identity);
      }
      for (JsonNode p : grant.path("application_permissions")) {
        if (!permissions.contains(p.path("permission").asText())) {
          errors.add(where + ": permission " + p.path("permission").asText() + " is not declared");
        }
        resourcesExist(p.path("resources"), resources, where);
      }
      for (JsonNode r : grant.path("role_assignments")) {
        if (!roles.contains(r.path("role").asText())) {
          errors.add(where + ": role " + r.path("role").asText() + " is not declared");
        }
        resourcesExist(r.path("resources"), resources, where);
      }
    }
  }

  private void identityProvider(JsonNode payload) {
    if (payload.path("domains").path(0).path("name").asText().isEmpty()) {
      errors.add("domains[0] needs a name");
    }
    Set<String> users = new HashSet<>();
    for (JsonNode user : payload.path("users")) {
      if (!users.add(user.path("identity").asText())) {
        errors.add("users: identity " + user.path("identity").asText() + " is used twice");
      }
    }
    Set<String> groups = new HashSet<>();
    for (JsonNode group : payload.path("groups")) {
      if (!groups.add(group.path("identity").asText())) {
        errors.add("groups: identity " + group.path("identity").asText() + " is used twice");
      }
    }
    for (JsonNode user : payload.path("users")) {
      for (JsonNode g : user.path("groups")) {
        if (!groups.contains(g.path("identity").asText())) {
          warnings.add("Cannot find group by identity " + g.path("identity").asText());
        }
      }
    }
  }

  private void hris(JsonNode payload) {
    if (!payload.path("system").isObject()) {
      errors.add("system is required");
    }
    Set<String> employees = new HashSet<>();
    for (JsonNode e : payload.path("employees")) {
      if (!employees.add(e.path("id").asText())) {
        errors.add("employees: id " + e.path("id").asText() + " is used twice");
      }
    }
    Set<String> groups = ids(payload.path("groups"), "groups", false);
    for (JsonNode e : payload.path("employees")) {
      for (JsonNode m : e.path("managers")) {
        if (!employees.contains(m.path("id").asText())) {
          warnings.add("Cannot find manager " + m.path("id").asText() + " of employee " + e.path("id").asText());
        }
      }
      for (JsonNode g : e.path("groups")) {
        if (!groups.contains(g.path("id").asText())) {
          errors.add("employee " + e.path("id").asText() + " is in undeclared group " + g.path("id").asText());
        }
      }
    }
  }

  private Set<String> ids(JsonNode entities, String where, boolean idOrName) {
    Set<String> ids = new HashSet<>();
    for (JsonNode entity : entities) {
      String key = idOrName ? key(entity, true) : entity.has("id") ? entity.path("id").asText() : entity.path("name").asText();
      if (!ids.add(key)) {
        errors.add(where + ": " + key + " is declared twice");
      }
    }
    return ids;
  }

  private void collectResources(JsonNode resources, Set<String> into, String where) {
    for (JsonNode r : resources) {
      String key = key(r, true);
      if (!into.add(key)) {
        errors.add(where + ": resource " + key + " is declared twice");
      }
      collectResources(r.path("sub_resources"), into, where);
    }
  }

  private void resourcesExist(JsonNode refs, Set<String> resources, String where) {
    for (JsonNode ref : refs) {
      if (!resources.contains(ref.asText())) {
        errors.add(where + ": resource " + ref.asText() + " is not declared");
      }
    }
  }

  private static String key(JsonNode entity, boolean idOrName) {
    return entity.hasNonNull("id") ? entity.path("id").asText() : entity.path("name").asText();
  }
}
