package io.secplat.mock.jupiterone;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The IAM endpoint: user groups, their members and resource permissions. */
final class IamFetchers {
  private final AccountState account;

  IamFetchers(AccountState account) {
    this.account = account;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("iamGroups", this::groups)
        .dataFetcher("iamGroupUsers", this::members));
    wiring.type("Mutation", type -> type
        .dataFetcher("addIamUserToGroupByEmail", this::addMember)
        .dataFetcher("removeIamUserFromGroupByEmail", this::removeMember)
        .dataFetcher("createIamGroup", this::createGroup)
        .dataFetcher("updateIamGroup", this::updateGroup)
        .dataFetcher("setResourcePermission", this::setPermission));
  }

  private static int limit(DataFetchingEnvironment env) {
    int limit = env.getArgument("limit");
    if (limit < 1) {
      throw MockGraphQlError.badInput("limit must be positive, was " + limit);
    }
    return limit;
  }

  private Object groups(DataFetchingEnvironment env) {
    List<Map<String, Object>> groups;
    synchronized (account) {
      groups = new ArrayList<>(account.groups.values());
    }
    return PageInfoPaging.page("groups", "items", groups, limit(env), env.getArgument("cursor"));
  }

  private Object members(DataFetchingEnvironment env) {
    List<Map<String, Object>> members;
    synchronized (account) {
      members = new ArrayList<>(requireMembers(env.getArgument("groupId")));
    }
    return PageInfoPaging.page("members", "items", members, limit(env), env.getArgument("cursor"));
  }

  private List<Map<String, Object>> requireMembers(String groupId) {
    List<Map<String, Object>> members = account.members.get(groupId);
    if (members == null) {
      throw MockGraphQlError.notFound("group " + groupId);
    }
    return members;
  }

  private Object addMember(DataFetchingEnvironment env) {
    String email = env.getArgument("userEmail");
    synchronized (account) {
      List<Map<String, Object>> members = requireMembers(env.getArgument("groupId"));
      if (members.stream().noneMatch(m -> email.equalsIgnoreCase(String.valueOf(m.get("email"))))) {
        account.member(env.getArgument("groupId"), account.newId("uid"), email);
      }
    }
    return Map.of("success", true);
  }

  private Object removeMember(DataFetchingEnvironment env) {
    String email = env.getArgument("userEmail");
    boolean removed;
    synchronized (account) {
      removed = requireMembers(env.getArgument("groupId"))
          .removeIf(m -> email.equalsIgnoreCase(String.valueOf(m.get("email"))));
    }
    return Map.of("success", removed);
  }

  private Object createGroup(DataFetchingEnvironment env) {
    String name = env.getArgument("name");
    synchronized (account) {
      if (account.groups.values().stream().anyMatch(g -> name.equals(g.get("name")))) {
        throw MockGraphQlError.conflict("a group named " + name + " already exists");
      }
      Map<String, Object> group = account.group(account.newId("group"), name, env.getArgument("description"));
      store(group, env);
      return group;
    }
  }

  private Object updateGroup(DataFetchingEnvironment env) {
    synchronized (account) {
      Map<String, Object> group = account.groups.get(env.<String>getArgument("id"));
      if (group == null) {
        throw MockGraphQlError.notFound("group " + env.getArgument("id"));
      }
      if (env.getArgument("name") != null) {
        group.put("name", env.getArgument("name"));
      }
      if (env.getArgument("description") != null) {
        group.put("description", env.getArgument("description"));
      }
      store(group, env);
      return group;
    }
  }

  /** abacPermissions and queryPolicy overwrite, as documented; the group shape shows neither. */
  private static void store(Map<String, Object> group, DataFetchingEnvironment env) {
    if (env.containsArgument("abacPermissions")) {
      group.put("abacPermissions", env.getArgument("abacPermissions"));
    }
    if (env.containsArgument("queryPolicy")) {
      group.put("queryPolicy", env.getArgument("queryPolicy"));
    }
  }

  private Object setPermission(DataFetchingEnvironment env) {
    Map<String, Object> input = new LinkedHashMap<>(env.getArgument("input"));
    boolean writes = Boolean.TRUE.equals(input.get("canCreate")) || Boolean.TRUE.equals(input.get("canUpdate"))
        || Boolean.TRUE.equals(input.get("canDelete"));
    if (writes && !Boolean.TRUE.equals(input.get("canRead"))) {
      throw MockGraphQlError.badInput("canRead must be true when canCreate, canUpdate or canDelete is true");
    }
    synchronized (account) {
      if (!account.groups.containsKey(String.valueOf(input.get("subjectId")))) {
        throw MockGraphQlError.notFound("group " + input.get("subjectId"));
      }
      account.resourcePermissions.removeIf(p -> p.get("subjectId").equals(input.get("subjectId"))
          && p.get("resourceArea").equals(input.get("resourceArea")) && p.get("resourceType").equals(input.get("resourceType"))
          && p.get("resourceId").equals(input.get("resourceId")));
      account.resourcePermissions.add(input);
    }
    return input;
  }
}
