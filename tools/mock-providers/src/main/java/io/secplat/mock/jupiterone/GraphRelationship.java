package io.secplat.mock.jupiterone;

import java.util.LinkedHashMap;
import java.util.Map;

/** A relationship (edge) of the mock's graph. Mutable; guarded by {@link Graph}'s lock. */
final class GraphRelationship {
  final String id;
  final String key;
  final String type;
  final String relationshipClass;
  final String fromId;
  final String toId;
  final long createdOn;
  long beginOn;
  int version = 1;
  final Map<String, Object> properties = new LinkedHashMap<>();

  GraphRelationship(String id, String key, String type, String relationshipClass, String fromId, String toId,
      long createdOn) {
    this.id = id;
    this.key = key;
    this.type = type;
    this.relationshipClass = relationshipClass;
    this.fromId = fromId;
    this.toId = toId;
    this.createdOn = createdOn;
    this.beginOn = createdOn;
  }

  /** The GraphQL {@code Relationship} object. */
  Map<String, Object> metadata(String accountId, Graph graph) {
    Map<String, Object> relationship = new LinkedHashMap<>();
    relationship.put("_id", id);
    relationship.put("_key", key);
    relationship.put("_type", type);
    relationship.put("_accountId", accountId);
    relationship.put("_integrationName", null);
    relationship.put("_integrationDefinitionId", null);
    relationship.put("_integrationInstanceId", null);
    relationship.put("_version", version);
    relationship.put("_createdOn", createdOn);
    relationship.put("_beginOn", beginOn);
    relationship.put("_endOn", null);
    relationship.put("_deleted", false);
    GraphEntity from = graph.entity(fromId);
    GraphEntity to = graph.entity(toId);
    relationship.put("_fromEntityKey", from == null ? null : from.key);
    relationship.put("_toEntityKey", to == null ? null : to.key);
    Object name = properties.get("displayName");
    relationship.put("displayName", name == null ? relationshipClass : String.valueOf(name));
    return relationship;
  }

  /** The GraphQL {@code Edge} object. */
  Map<String, Object> edge(String accountId, Graph graph) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("id", id);
    edge.put("toVertexId", toId);
    edge.put("fromVertexId", fromId);
    edge.put("relationship", metadata(accountId, graph));
    edge.put("properties", new LinkedHashMap<>(properties));
    return edge;
  }
}
