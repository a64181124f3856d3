package io.secplat.mock.guardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secplat.mock.paging.InsertionOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * What the Guardian mock keeps: environments, nodes, node groups and which nodes each group holds,
 * seeded from the spec's examples and changed by create, update, delete and membership calls; and
 * what provider states add on top (see {@code GuardianMock}): records of resources otherwise
 * answered from examples ({@link SeededRecords}), ignore items of node groups, policies' short
 * descriptions and file checks, and the number of rows of the change report. Thread-safe.
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
  /** Each node group's node ids in the order they joined, by group id. */
  private final Map<Long, InsertionOrder<Long, Long>> members = new LinkedHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final SeededRecords seeded = new SeededRecords();
  private final Map<Long, ObjectNode> ignores = new LinkedHashMap<>();
  private final Map<Long, String> policyShortDescriptions = new LinkedHashMap<>();
  private final Map<Long, Set<String>> policyFileChecks = new LinkedHashMap<>();
  private Long changeReportRows;

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
    seeded.clear();
    ignores.clear();
    policyShortDescriptions.clear();
    policyFileChecks.clear();
    changeReportRows = null;
    sequence.set(1000);
    seed.environments().forEach(environments::put);
    seed.nodes().forEach(nodes::put);
    seed.nodeGroups().forEach(nodeGroups::put);
    seed.members().forEach((group, ids) -> members.put(group, memberSet(ids)));
  }

  synchronized List<ObjectNode> environmentList() {
    return environments.list();
  }

  /** @return copies of the environments at these positions, in creation order */
  synchronized List<ObjectNode> environmentWindow(long from, long to) {
    return environments.window(null, from, to);
  }

  /** @return a copy of the first environment (in creation order) that passes, or null */
  synchronized ObjectNode firstEnvironment(Predicate<? super ObjectNode> filter) {
    return environments.first(filter);
  }

  synchronized ObjectNode environment(long id) {
    return environments.get(id);
  }

  /** A new environment: like the documented ones, its timestamps are null (the spec's samples). */
  synchronized ObjectNode createEnvironment(JsonNode attributes) {
    ObjectNode defaults = JsonNodeFactory.instance.objectNode().put("organisation_id", 123)
        .put("node_rules", "").put("created_by", 1).put("updated_by", 1);
    defaults.putNull("created_at");
    defaults.putNull("updated_at");
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

  /**
   * @param filter which nodes are listed (tested as stored), or null for all
   * @param from the first position among them, 0-based
   * @param to the position after the last
   * @return copies of those nodes as shown, in creation order
   */
  synchronized List<ObjectNode> nodeWindow(Predicate<? super ObjectNode> filter, long from, long to) {
    return nodes.window(filter, from, to);
  }

  /** @return how many nodes there are */
  synchronized int nodeCount() {
    return nodes.size();
  }

  /** @return a copy of the first node (in creation order) that passes, as shown, or null */
  synchronized ObjectNode firstNode(Predicate<? super ObjectNode> filter) {
    return nodes.first(filter);
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

  /** @return copies of the node groups at these positions, in creation order */
  synchronized List<ObjectNode> nodeGroupWindow(long from, long to) {
    return nodeGroups.window(null, from, to);
  }

  /** @return a copy of the first node group (in creation order) that passes, or null */
  synchronized ObjectNode firstNodeGroup(Predicate<? super ObjectNode> filter) {
    return nodeGroups.first(filter);
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
    members.put(group.get("id").asLong(), new InsertionOrder<>());
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
    InsertionOrder<Long, Long> ids = members.computeIfAbsent(groupId, g -> new InsertionOrder<>());
    if (!ids.containsKey(nodeId)) {
      ids.put(nodeId, nodeId);
    }
    return timestamps(JsonNodeFactory.instance.objectNode().put("id", nextId()).put("node_id", nodeId)
        .put("node_group_id", groupId));
  }

  synchronized boolean removeMember(long groupId, long nodeId) {
    InsertionOrder<Long, Long> ids = members.get(groupId);
    return ids != null && ids.remove(nodeId) != null;
  }

  synchronized List<ObjectNode> membersOf(long groupId) {
    List<ObjectNode> result = new ArrayList<>();
    InsertionOrder<Long, Long> ids = members.get(groupId);
    if (ids != null) {
      ids.keys().forEach(id -> result.add(nodes.get(id)));
    }
    return result;
  }

  /** @return copies of the group's nodes at these positions, in the order they joined */
  synchronized List<ObjectNode> memberWindow(long groupId, long from, long to) {
    List<ObjectNode> result = new ArrayList<>();
    InsertionOrder<Long, Long> ids = members.get(groupId);
    if (ids != null) {
      ids.range(from, to).forEach(id -> result.add(nodes.get(id)));
    }
    return result;
  }

  synchronized List<ObjectNode> groupsOf(long nodeId) {
    List<ObjectNode> result = new ArrayList<>();
    members.forEach((group, ids) -> {
      if (ids.containsKey(nodeId)) {
        result.add(nodeGroups.get(group));
      }
    });
    return result;
  }

  long nextId() {
    return sequence.incrementAndGet();
  }

  // ---- what provider states set up, on top of the documented start ----

  /** Makes sure the environment exists: a copy of the documented one under this id. */
  synchronized void ensureEnvironment(long id) {
    if (!environments.contains(id)) {
      environments.put(seed.environments().get(0).deepCopy().put("id", id).put("name", "Environment " + id));
    }
  }

  /** Makes sure the environment holds at least one node. */
  synchronized void ensureEnvironmentHasNodes(long id) {
    ensureEnvironment(id);
    if (nodes.first(node -> node.path("environment_id").asLong() == id) == null) {
      long node = nextId();
      ensureNode(node);
      nodes.update(node, JsonNodeFactory.instance.objectNode().put("environment_id", id));
    }
  }

  /** Makes sure the node exists: a copy of the documented node under this id, named {@code node-<id>}. */
  synchronized void ensureNode(long id) {
    if (!nodes.contains(id)) {
      nodes.put(seed.nodes().get(0).deepCopy().put("id", id).put("name", "node-" + id).put("external_id", "i-" + id));
    }
  }

  /**
   * Makes sure a node is there: one with this id when the reference is a number, else one with
   * this name (a copy of the documented node under a new id when none has it).
   *
   * @return the node's id
   */
  synchronized long ensureNode(String idOrName) {
    if (idOrName.chars().allMatch(Character::isDigit)) {
      ensureNode(Long.parseLong(idOrName));
      return Long.parseLong(idOrName);
    }
    return ensureNodeNamed(idOrName);
  }

  private long ensureNodeNamed(String name) {
    ObjectNode node = nodeNamed(name);
    if (node != null) {
      return node.get("id").asLong();
    }
    long id = nextId();
    nodes.put(seed.nodes().get(0).deepCopy().put("id", id).put("name", name).put("external_id", "i-" + id));
    return id;
  }

  /** @return the first node with this name, or null */
  synchronized ObjectNode nodeNamed(String name) {
    return nodes.first(node -> name.equals(node.path("name").asText()));
  }

  /** Keeps the first {@code count} nodes and deletes the others. */
  synchronized void keepNodes(int count) {
    List<ObjectNode> all = nodes.list();
    for (ObjectNode node : all.subList(Math.min(count, all.size()), all.size())) {
      deleteNode(node.get("id").asLong());
    }
  }

  /** Deletes every node with this name. */
  synchronized void deleteNodesNamed(String name) {
    nodes.list().stream().filter(node -> name.equals(node.path("name").asText()))
        .forEach(node -> deleteNode(node.get("id").asLong()));
  }

  /** Makes sure the node group exists: a copy of the documented one under this id, without members. */
  synchronized void ensureNodeGroup(long id) {
    if (!nodeGroups.contains(id)) {
      nodeGroups.put(seed.nodeGroups().get(0).deepCopy().put("id", id).put("name", "Group " + id)
          .put("external_id", "group-" + id));
      members.put(id, new InsertionOrder<>());
    }
  }

  /** Makes sure the node group holds at least one node. */
  synchronized void ensureNodeGroupHasNodes(long id) {
    ensureNodeGroup(id);
    if (members.get(id).size() == 0) {
      List<ObjectNode> first = nodes.window(null, 0, 1);
      long node = first.isEmpty() ? nextId() : first.get(0).get("id").asLong();
      ensureNode(node);
      members.get(id).put(node, node);
    }
  }

  /** Makes the node group hold exactly these nodes (each made sure to exist). */
  synchronized void setMembers(long groupId, List<Long> nodeIds) {
    ensureNodeGroup(groupId);
    nodeIds.forEach(this::ensureNode);
    members.put(groupId, memberSet(nodeIds));
  }

  /** Deletes every node group with this name. */
  synchronized void deleteNodeGroupsNamed(String name) {
    nodeGroups.list().stream().filter(group -> name.equals(group.path("name").asText()))
        .forEach(group -> deleteNodeGroup(group.get("id").asLong()));
  }

  /** Adds a record to a seeded listing (see {@link SeededRecords}). */
  synchronized void seed(String listing, ObjectNode record) {
    seeded.put(listing, record);
  }

  /** @return whether a state seeded the listing */
  synchronized boolean isSeeded(String listing) {
    return seeded.window(listing, null, 0, 0) != null;
  }

  /** @return copies of the seeded listing's records that pass (all for a null filter) at these positions, or null when no state seeded it */
  synchronized List<ObjectNode> seededWindow(String listing, Predicate<? super ObjectNode> filter, long from, long to) {
    return seeded.window(listing, filter, from, to);
  }

  /** @return the seeded listing's records, or null when no state seeded it */
  synchronized List<ObjectNode> seeded(String listing) {
    return seeded.list(listing);
  }

  /** @return the seeded listing's record with this id, or null */
  synchronized ObjectNode seededRecord(String listing, long id) {
    return seeded.find(listing, id);
  }

  /** Adds ignore items (keyed by CI type) to a node group's ignore list. */
  synchronized void ignore(long groupId, ObjectNode items) {
    ignores.computeIfAbsent(groupId, g -> JsonNodeFactory.instance.objectNode()).setAll(items.deepCopy());
  }

  /** @return the node group's ignore items, or null when no state gave it any */
  synchronized ObjectNode ignoresOfNodeGroup(long groupId) {
    ObjectNode items = ignores.get(groupId);
    return items == null ? null : items.deepCopy();
  }

  /** @return the ignore items of every node group holding the node, merged; null when there are none */
  synchronized ObjectNode ignoresOfNode(long nodeId) {
    ObjectNode merged = null;
    for (Map.Entry<Long, ObjectNode> group : ignores.entrySet()) {
      InsertionOrder<Long, Long> ids = members.get(group.getKey());
      if (ids != null && ids.containsKey(nodeId)) {
        merged = merged == null ? JsonNodeFactory.instance.objectNode() : merged;
        merged.setAll(group.getValue().deepCopy());
      }
    }
    return merged;
  }

  synchronized void describePolicy(long policyId, String shortDescription) {
    policyShortDescriptions.put(policyId, shortDescription);
  }

  /** @return the policies' short descriptions (searched by lookupPolicy, never shown), by policy id */
  synchronized Map<Long, String> policyShortDescriptions() {
    return new LinkedHashMap<>(policyShortDescriptions);
  }

  /** @return false when the policy already has this check (nothing changes) */
  synchronized boolean addFileCheck(long policyId, String check) {
    return policyFileChecks.computeIfAbsent(policyId, p -> new LinkedHashSet<>()).add(check);
  }

  /** @param rows the number of rows the change report has from now on */
  synchronized void setChangeReportRows(long rows) {
    changeReportRows = rows;
  }

  /** @return the change report's number of rows, or the fallback when no state set one */
  synchronized long changeReportRows(long fallback) {
    return changeReportRows == null ? fallback : changeReportRows;
  }

  private static InsertionOrder<Long, Long> memberSet(List<Long> ids) {
    InsertionOrder<Long, Long> set = new InsertionOrder<>();
    ids.forEach(id -> {
      if (!set.containsKey(id)) {
        set.put(id, id);
      }
    });
    return set;
  }

  private static ObjectNode timestamps(ObjectNode record) {
    return record.put("created_at", NOW).put("updated_at", NOW);
  }
}
