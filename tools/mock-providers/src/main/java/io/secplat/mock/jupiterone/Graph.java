package io.secplat.mock.jupiterone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory graph the JupiterOne mock answers from: entities and relationships in insertion
 * order, seeded so that the documented count samples come out exactly (12 {@code iam_user}
 * Users, 10 {@code iam_managed_policy} and 10 {@code iam_role_policy} AccessPolicies) plus the
 * documented J1QL row (Person "Mochi", type {@code employee}). Thread-safe: every method holds
 * the graph's lock, and callers that combine calls synchronise on the graph.
 */
final class Graph {
  /** A fixed clock start, so seeded timestamps are stable (the docs' sample 1529329792552). */
  static final long EPOCH = 1529329792552L;

  private final Map<String, GraphEntity> entities = new LinkedHashMap<>();
  private final Map<String, GraphRelationship> relationships = new LinkedHashMap<>();
  /** Key indexes the J1QL index (GraphIndex) does not keep, so lookups stay O(1) when a sync job lands 100,000 objects. */
  private final Map<String, String> entityIdByKey = new HashMap<>();
  private final Map<String, String> relationshipIdByTypeAndKey = new HashMap<>();
  private final AtomicLong clock = new AtomicLong(EPOCH);
  private final GraphIndex index = new GraphIndex();

  Graph() {
    reset();
  }

  synchronized void reset() {
    entities.clear();
    relationships.clear();
    index.clear();
    entityIdByKey.clear();
    relationshipIdByTypeAndKey.clear();
    clock.set(EPOCH);
    GraphEntity mochi = add("person-mochi", "employee", "Person", Map.of("name", "Mochi", "displayName", "Mochi"));
    List<GraphEntity> users = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      users.add(add("iam-user-" + i, "iam_user", "User",
          Map.of("displayName", "user" + i, "username", "user" + i, "active", i % 4 != 0)));
    }
    for (int i = 1; i <= 10; i++) {
      GraphEntity managed = add("iam-managed-policy-" + i, "iam_managed_policy", "AccessPolicy",
          Map.of("displayName", "ManagedPolicy" + i, "tag.Production", i % 2 == 0));
      add("iam-role-policy-" + i, "iam_role_policy", "AccessPolicy", Map.of("displayName", "RolePolicy" + i));
      GraphEntity user = users.get(i - 1);
      relate(user.key + "|assigned|" + managed.key, "iam_user_assigned_policy", "ASSIGNED", user.id, managed.id, Map.of());
    }
    relate(mochi.key + "|is|" + users.get(0).key, "employee_is_iam_user", "IS", mochi.id, users.get(0).id, Map.of());
  }

  synchronized GraphEntity add(String key, String type, String entityClass, Map<String, ?> properties) {
    return add(idFor("entity", type, key), key, type, entityClass, properties);
  }

  /** Adds (or replaces) an entity under a given _id, as a provider state that names the id needs. */
  synchronized GraphEntity add(String id, String key, String type, String entityClass, Map<String, ?> properties) {
    return add(id, key, type, List.of(entityClass), properties);
  }

  /** Adds an entity with several classes, as createEntity and sync uploads may give. */
  synchronized GraphEntity add(String key, String type, List<String> classes, Map<String, ?> properties) {
    return add(idFor("entity", type, key), key, type, classes, properties);
  }

  /** Adds (or replaces) an entity with several classes under a given _id. */
  synchronized GraphEntity add(String id, String key, String type, List<String> classes, Map<String, ?> properties) {
    GraphEntity entity = new GraphEntity(id, key, type, classes, clock.getAndIncrement());
    entity.properties.putAll(properties);
    index.entityAdded(entity, entities.put(entity.id, entity));
    entityIdByKey.put(key, entity.id);
    return entity;
  }

  synchronized GraphRelationship relate(String key, String type, String relationshipClass, String fromId, String toId,
      Map<String, ?> properties) {
    return relate(idFor("relationship", type, key), key, type, relationshipClass, fromId, toId, properties);
  }

  /** Adds (or replaces) a relationship under a given _id. */
  synchronized GraphRelationship relate(String id, String key, String type, String relationshipClass, String fromId,
      String toId, Map<String, ?> properties) {
    GraphRelationship relationship = new GraphRelationship(id, key, type,
        relationshipClass, fromId, toId, clock.getAndIncrement());
    relationship.properties.putAll(properties);
    index.relationshipAdded(relationship, relationships.put(relationship.id, relationship));
    relationshipIdByTypeAndKey.put(type + "\n" + key, relationship.id);
    return relationship;
  }

  synchronized GraphEntity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  synchronized GraphEntity entityByKey(String type, String key) {
    return index.byKey(type, key);
  }

  /** @return the entity last added with this _key, whatever its type, or null */
  synchronized GraphEntity entityByKeyOnly(String key) {
    String id = entityIdByKey.get(key);
    return id == null ? null : entities.get(id);
  }

  synchronized GraphRelationship relationship(String id) {
    return id == null ? null : relationships.get(id);
  }

  synchronized GraphRelationship relationshipByKey(String type, String key) {
    String id = relationshipIdByTypeAndKey.get(type + "\n" + key);
    return id == null ? null : relationships.get(id);
  }

  /** @return a snapshot of every entity, oldest first */
  synchronized List<GraphEntity> entities() {
    return new ArrayList<>(entities.values());
  }

  /** @return a snapshot of every relationship, oldest first */
  synchronized List<GraphRelationship> relationships() {
    return new ArrayList<>(relationships.values());
  }

  /** Removes an entity and every relationship that touches it. */
  synchronized GraphEntity removeEntity(String id) {
    GraphEntity removed = entities.remove(id);
    if (removed != null) {
      entityIdByKey.remove(removed.key, id);
      for (GraphRelationship r : List.copyOf(index.adjacent(id))) {
        removeRelationship(r.id);
      }
      index.entityRemoved(removed);
    }
    return removed;
  }

  synchronized GraphRelationship removeRelationship(String id) {
    GraphRelationship removed = relationships.remove(id);
    if (removed != null) {
      relationshipIdByTypeAndKey.remove(removed.type + "\n" + removed.key, id);
      index.relationshipRemoved(removed);
    }
    return removed;
  }

  /** @return the J1QL indexes; read them holding this graph's lock */
  GraphIndex index() {
    return index;
  }

  /** @return the next timestamp, for versions changed by mutations */
  long tick() {
    return clock.getAndIncrement();
  }

  /** Stable ids: the same key always gets the same id, as in a real account. */
  private static String idFor(String kind, String type, String key) {
    return UUID.nameUUIDFromBytes((kind + "/" + type + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
