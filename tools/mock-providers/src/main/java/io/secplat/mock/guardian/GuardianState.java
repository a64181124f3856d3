package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the Guardian mock keeps: environments, nodes, node groups and which nodes each group holds,
 * seeded from the spec's examples and changed by create, update, delete and membership calls.
 * Thread-safe.
 */
public final class GuardianState {
  /** The timestamp the mock gives records it creates. */
  static final String NOW = "2024-01-02T03:04:05Z";

  /**
   * The documented starting state.
   *
   * @param environments environments (the Environment shape)
   * @param nodes nodes (the Node shape)
   * @param nodeGroups node groups (the NodeGroup shape)
   * @param members node ids per node group id
   */
  public record Seed(List<ObjectNode> environments, List<ObjectNode> nodes, List<ObjectNode> nodeGroups,
      Map<Long, List<Long>> members) {}

  private final Seed seed;
  private final GuardianRecords environments = new GuardianRecords(Set.of());
  private final GuardianRecords nodes = new GuardianRecords(Set.of("medium_password"));
  private final GuardianRecords nodeGroups = new GuardianRecords(Set.of());
  private final Map<Long, Set<Long>> members = new LinkedHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  GuardianState(Seed seed) {
    this.seed = seed;
    reset();
  }

  /** Restores the documented starting state. */
  public synchronized void reset() {
    environments.clear();
    nodes.clear();
    nodeGroups.clear();
    members.clear();
    sequence.set(1000);
    seed.environments().forEach(environments::put);
    seed.nodes().forEach(nodes::put);
    seed.nodeGroups().forEach(nodeGroups::put);
    seed.members().forEach((group, ids) -> members.put(group, new LinkedHashSet<>(ids)));
  }

  synchronized List<ObjectNode> environmentList() {
    return environments.list();
  }

  synchronized ObjectNode environment(long id) {
    return environments.get(id);
  }

  synchronized ObjectNode createEnvironment(JsonNode attributes) {
    ObjectNode defaults = timestamps(JsonNodeFactory.instance.objectNode().put("organisation_id", 123)
        .put("node_rules", "").put("created_by", 1).put("updated_by", 1));
    return environments.create(nextId(), defaults, attributes);
  }

  synchronized boolean updateEnvironment(long id, JsonNode attributes) {
    return environments.update(id, attributes);
  }

  synchronized boolean deleteEnvironment(long id) {
    return environments.delete(id);
  }

  synchronized List<ObjectNode> nodeList() {
    return nodes.list();
  }

  synchronized ObjectNode node(long id) {
    return nodes.get(id);
  }

  synchronized boolean hasNode(long id) {
    return nodes.contains(id);
  }

  synchronized ObjectNode createNode(JsonNode attributes) {
    ObjectNode defaults = JsonNodeFactory.instance.objectNode().put("online", false).put("public", false);
    return nodes.create(nextId(), defaults, attributes);
  }

  synchronized boolean updateNode(long id, JsonNode attributes) {
    return nodes.update(id, attributes);
  }

  synchronized boolean deleteNode(long id) {
    members.values().forEach(ids -> ids.remove(id));
    return nodes.delete(id);
  }

  synchronized List<ObjectNode> nodeGroupList() {
    return nodeGroups.list();
  }

  synchronized ObjectNode nodeGroup(long id) {
    return nodeGroups.get(id);
  }

  synchronized boolean hasNodeGroup(long id) {
    return nodeGroups.contains(id);
  }

  synchronized ObjectNode createNodeGroup(JsonNode attributes) {
    ObjectNode defaults = timestamps(JsonNodeFactory.instance.objectNode().put("organisation_id", 123)
        .put("diff_notify", false).put("status", 1));
    defaults.putArray("search_query");
    defaults.putObject("scan_options");
    ObjectNode group = nodeGroups.create(nextId(), defaults, attributes);
    members.put(group.get("id").asLong(), new LinkedHashSet<>());
    return group;
  }

  synchronized boolean updateNodeGroup(long id, JsonNode attributes) {
    return nodeGroups.update(id, attributes);
  }

  synchronized boolean deleteNodeGroup(long id) {
    members.remove(id);
    return nodeGroups.delete(id);
  }

  /** @return the membership record, or null when the group or the node does not exist */
  synchronized ObjectNode addMember(long groupId, long nodeId) {
    if (!nodeGroups.contains(groupId) || !nodes.contains(nodeId)) {
      return null;
    }
    members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(nodeId);
    return timestamps(JsonNodeFactory.instance.objectNode().put("id", nextId()).put("node_id", nodeId)
        .put("node_group_id", groupId));
  }

  synchronized boolean removeMember(long groupId, long nodeId) {
    Set<Long> ids = members.get(groupId);
    return ids != null && ids.remove(nodeId);
  }

  synchronized List<ObjectNode> membersOf(long groupId) {
    List<ObjectNode> result = new ArrayList<>();
    members.getOrDefault(groupId, Set.of()).forEach(id -> result.add(nodes.get(id)));
    return result;
  }

  synchronized List<ObjectNode> groupsOf(long nodeId) {
    List<ObjectNode> result = new ArrayList<>();
    members.forEach((group, ids) -> {
      if (ids.contains(nodeId)) {
        result.add(nodeGroups.get(group));
      }
    });
    return result;
  }

  long nextId() {
    return sequence.incrementAndGet();
  }

  private static ObjectNode timestamps(ObjectNode record) {
    return record.put("created_at", NOW).put("updated_at", NOW);
  }
}
