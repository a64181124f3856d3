package io.secplat.mock.jupiterone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entity (vertex) of the mock's graph. Mutable; guarded by {@link Graph}'s lock. */
final class GraphEntity {
  final String id;
  final String key;
  final String type;
  /** The first of {@link #classes}, which the J1QL evaluation and filters match on. */
  final String entityClass;
  /** Every _class of the entity (production sends a list). */
  final List<String> classes;
  final long createdOn;
  long beginOn;
  int version = 1;
  /** Custom properties; changes in place reach the J1QL indexes. */
  final Map<String, Object> properties = new WatchedProperties();

  GraphEntity(String id, String key, String type, String entityClass, long createdOn) {
    this(id, key, type, List.of(entityClass), createdOn);
  }

  GraphEntity(String id, String key, String type, List<String> classes, long createdOn) {
    this.id = id;
    this.key = key;
    this.type = type;
    this.classes = List.copyOf(classes);
    this.entityClass = this.classes.get(0);
    this.createdOn = createdOn;
    this.beginOn = createdOn;
  }

  String displayName() {
    Object name = properties.get("displayName");
    return name == null ? key : String.valueOf(name);
  }

  /** A property by J1QL name: metadata ({@code _type}, {@code _class}, …) or a custom property. */
  Object property(String name) {
    switch (name) {
      case "_id":
        return id;
      case "_key":
        return key;
      case "_type":
        return type;
      case "_class":
        return entityClass;
      case "displayName":
        return displayName();
      default:
        return properties.get(name);
    }
  }

  /** The GraphQL {@code Entity} object, shaped as production sends it: _type and _class are lists. */
  Map<String, Object> metadata(String accountId) {
    Map<String, Object> entity = new LinkedHashMap<>();
    entity.put("_id", id);
    entity.put("_key", key);
    entity.put("_type", new java.util.ArrayList<>(List.of(type)));
    entity.put("_class", new java.util.ArrayList<>(classes));
    entity.put("_accountId", accountId);
    entity.put("_integrationName", null);
    entity.put("_integrationDefinitionId", null);
    entity.put("_integrationInstanceId", null);
    entity.put("_version", version);
    entity.put("_createdOn", createdOn);
    entity.put("_beginOn", beginOn);
    entity.put("_endOn", null);
    entity.put("_deleted", false);
    entity.put("displayName", displayName());
    return entity;
  }

  /** The GraphQL {@code Vertex} object; {@code neighbors} is resolved on demand. */
  Map<String, Object> vertex(String accountId) {
    Map<String, Object> vertex = new LinkedHashMap<>();
    vertex.put("id", id);
    vertex.put("entity", metadata(accountId));
    vertex.put("properties", new LinkedHashMap<>(properties));
    return vertex;
  }

  /** A J1QL row of a query without RETURN: id, entity metadata with class, properties. */
  Map<String, Object> j1qlRow(String accountId) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("entity", metadata(accountId));
    row.put("properties", new LinkedHashMap<>(properties));
    return row;
  }
}
