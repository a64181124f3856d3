package io.secplat.mock.britive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The environment tree the Britive mock keeps: environment groups and environments, seeded from
 * the spec's examples and changed by create and delete calls. One tree serves every appID.
 * Thread-safe.
 */
public final class BritiveState {
  /** An environment group as the mock stores it (the create-response shape). */
  private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
  /** An environment as the mock stores it (the create-response shape plus list fields). */
  private final Map<String, ObjectNode> environments = new LinkedHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Seed seed;

  /**
   * The documented starting state.
   *
   * @param groups environment groups (create-response shape, plus {@code nodeType})
   * @param environments environments (create-response shape, plus {@code appContainerId} and {@code nodeType})
   */
  public record Seed(List<ObjectNode> groups, List<ObjectNode> environments) {}

  BritiveState(Seed seed) {
    this.seed = seed;
    reset();
  }

  /** Restores the documented starting state. */
  public synchronized void reset() {
    groups.clear();
    environments.clear();
    seed.groups().forEach(g -> groups.put(g.get("id").asText(), g.deepCopy()));
    seed.environments().forEach(e -> environments.put(e.get("id").asText(), e.deepCopy()));
  }

  synchronized ObjectNode createGroup(String name, String description, String parentId) {
    ObjectNode group = JsonNodeFactory.instance.objectNode();
    group.put("name", name);
    group.put("description", description);
    group.put("id", newId("g"));
    group.put("parentId", parentId);
    group.putNull("nativeId");
    group.putNull("nativeParentId");
    group.putArray("childGroupIds");
    group.putArray("childEnvironmentIds");
    group.put("type", "group");
    group.put("internalParentId", parentId);
    group.put("nodeType", "group");
    groups.put(group.get("id").asText(), group);
    ObjectNode parent = groups.get(parentId);
    if (parent != null) {
      parent.withArray("childGroupIds").add(group.get("id").asText());
    }
    return group;
  }

  /** Makes sure a group with this id exists (a provider state), under the first root group. */
  synchronized void ensureGroup(String id) {
    if (!groups.containsKey(id)) {
      ObjectNode group = createGroup("Group " + id, null, "");
      groups.remove(group.get("id").asText());
      group.put("id", id);
      groups.put(id, group);
    }
  }

  /** Makes sure an environment with this id exists (a provider state). */
  synchronized void ensureEnvironment(String id, String appId) {
    if (!environments.containsKey(id)) {
      String parent = groups.keySet().iterator().next();
      ObjectNode env = createEnvironment("Environment " + id, null, parent, appId);
      environments.remove(env.get("id").asText());
      env.put("id", id);
      environments.put(id, env);
    }
  }

  synchronized boolean hasGroup(String id) {
    return groups.containsKey(id);
  }

  synchronized boolean deleteGroup(String id) {
    ObjectNode removed = groups.remove(id);
    if (removed == null) {
      return false;
    }
    environments.values().removeIf(e -> id.equals(e.path("parentGroupId").asText()));
    return true;
  }

  synchronized ObjectNode createEnvironment(String name, String description, String parentGroupId, String appId) {
    ObjectNode env = JsonNodeFactory.instance.objectNode();
    env.put("id", newId("e"));
    env.put("name", name);
    env.put("description", description);
    env.put("parentGroupId", parentGroupId);
    env.put("type", "environment");
    env.put("internalParentId", parentGroupId);
    env.put("status", "active");
    env.put("appContainerId", appId);
    env.put("nodeType", "environment");
    environments.put(env.get("id").asText(), env);
    groups.get(parentGroupId).withArray("childEnvironmentIds").add(env.get("id").asText());
    return env;
  }

  synchronized boolean deleteEnvironment(String id) {
    return environments.remove(id) != null;
  }

  synchronized List<ObjectNode> groups() {
    return copies(groups);
  }

  synchronized List<ObjectNode> environments() {
    return copies(environments);
  }

  /** @return the stored group as a create response (without the mock's own fields) */
  static ObjectNode asCreated(ObjectNode stored, String... mockOnlyFields) {
    ObjectNode copy = stored.deepCopy();
    for (String field : mockOnlyFields) {
      copy.remove(field);
    }
    return copy;
  }

  private static List<ObjectNode> copies(Map<String, ObjectNode> map) {
    List<ObjectNode> result = new ArrayList<>();
    map.values().forEach(node -> result.add(node.deepCopy()));
    return result;
  }

  private String newId(String prefix) {
    return String.format("mock%s%012d", prefix, sequence.incrementAndGet());
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
