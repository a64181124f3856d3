package io.secplat.mock.jupiterone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies finalized synchronization jobs to the mock's {@link Graph}, the store the GraphQL
 * endpoints and the J1QL engine read: so an entity uploaded through a sync job is queryable
 * afterwards, as in production. Entities are matched by {@code _type} and {@code _key};
 * relationships by {@code _key}, their ends by {@code _fromEntityId}/{@code _toEntityId} or
 * {@code _fromEntityKey}/{@code _toEntityKey}. Every property that is not graph metadata
 * ({@code _key}, {@code _type}, {@code _class}, {@code _id} and the relationship ends) becomes a
 * property of the object.
 */
final class SyncGraphSink implements SyncJobs.GraphSink {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METADATA = Set.of("_key", "_type", "_class", "_id", "_fromEntityId", "_toEntityId",
      "_fromEntityKey", "_toEntityKey");

  private final Graph graph;

  SyncGraphSink(Graph graph) {
    this.graph = graph;
  }

  @Override
  public void putEntity(JsonNode entity) {
    String key = entity.path("_key").asText();
    String type = first(entity.path("_type"));
    List<String> classes = strings(entity.path("_class"));
    Map<String, Object> properties = properties(entity);
    synchronized (graph) {
      GraphEntity existing = graph.entityByKey(type, key);
      if (existing != null) {
        existing.properties.putAll(properties);
        existing.version++;
        existing.beginOn = graph.tick();
      } else {
        graph.add(key, type, classes.isEmpty() ? List.of("Entity") : classes, properties);
      }
    }
  }

  @Override
  public void putRelationship(JsonNode relationship) {
    String key = relationship.path("_key").asText();
    String type = first(relationship.path("_type"));
    synchronized (graph) {
      String from = end(relationship, "_fromEntityId", "_fromEntityKey");
      String to = end(relationship, "_toEntityId", "_toEntityKey");
      GraphRelationship existing = graph.relationshipByKey(type, key);
      if (existing != null) {
        existing.properties.putAll(properties(relationship));
        existing.version++;
        existing.beginOn = graph.tick();
      } else if (from != null && to != null) {
        String relationshipClass = first(relationship.path("_class"));
        graph.relate(key, type, relationshipClass.isEmpty() ? type.toUpperCase(java.util.Locale.ROOT) : relationshipClass,
            from, to, properties(relationship));
      }
    }
  }

  @Override
  public void removeEntity(String key) {
    synchronized (graph) {
      GraphEntity entity = graph.entity(key) != null ? graph.entity(key) : graph.entityByKeyOnly(key);
      if (entity != null) {
        graph.removeEntity(entity.id);
      }
    }
  }

  @Override
  public void removeRelationship(String key) {
    synchronized (graph) {
      for (GraphRelationship relationship : graph.relationships()) {
        if (relationship.key.equals(key) || relationship.id.equals(key)) {
          graph.removeRelationship(relationship.id);
        }
      }
    }
  }

  /** @return the _id of a relationship end, by id or by key; null when the graph has no such entity */
  private String end(JsonNode relationship, String idField, String keyField) {
    if (relationship.hasNonNull(idField)) {
      GraphEntity entity = graph.entity(relationship.get(idField).asText());
      return entity == null ? null : entity.id;
    }
    String key = relationship.path(keyField).asText(null);
    if (key == null) {
      return null;
    }
    GraphEntity entity = graph.entityByKeyOnly(key);
    return entity == null ? null : entity.id;
  }

  private static Map<String, Object> properties(JsonNode object) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!METADATA.contains(field.getKey())) {
        properties.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
      }
    }
    return properties;
  }

  /** @return a string, or the first string of a list (production allows both for _type/_class) */
  private static String first(JsonNode value) {
    return value.isArray() ? value.path(0).asText("") : value.asText("");
  }

  private static List<String> strings(JsonNode value) {
    List<String> strings = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> strings.add(v.asText()));
    } else if (value.isTextual() && !value.asText().isBlank()) {
      strings.add(value.asText());
    }
    return strings;
  }
}
