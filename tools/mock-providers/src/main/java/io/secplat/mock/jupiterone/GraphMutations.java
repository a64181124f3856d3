package io.secplat.mock.jupiterone;

import static io.secplat.mock.jupiterone.GraphFetchers.account;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resolvers of the graph endpoint's writes: entities, relationships and the CSV report. */
final class GraphMutations {
  private final Graph graph;
  private final AccountState account;

  GraphMutations(Graph graph, AccountState account) {
    this.graph = graph;
    this.account = account;
  }

  void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", type -> type
        .dataFetcher("createEntity", this::createEntity)
        .dataFetcher("updateEntity", this::updateEntity)
        .dataFetcher("deleteEntity", this::deleteEntity)
        .dataFetcher("createRelationship", this::createRelationship)
        .dataFetcher("updateRelationship", this::updateRelationship)
        .dataFetcher("deleteRelationship", this::deleteRelationship)
        .dataFetcher("buildCsv", this::buildCsv));
  }

  private Object createEntity(DataFetchingEnvironment env) {
    String key = env.getArgument("entityKey");
    String type = env.getArgument("entityType");
    GraphEntity entity;
    synchronized (graph) {
      if (graph.entityByKey(type, key) != null) {
        throw MockGraphQlError.conflict("an entity of type " + type + " with _key " + key + " already exists");
      }
      List<String> classes = env.getArgument("entityClass");
      if (classes.isEmpty() || classes.stream().anyMatch(String::isBlank)) {
        throw MockGraphQlError.badInput("entityClass must be a non-empty list of non-blank classes");
      }
      entity = graph.add(key, type, classes, properties(env));
      stamp(entity, env);
    }
    account.audit("entity", entity.id, "ENTITY", Map.of("action", "created", "_key", key));
    return entityPayload(entity, env);
  }

  private Object updateEntity(DataFetchingEnvironment env) {
    GraphEntity entity;
    synchronized (graph) {
      entity = requireEntity(env.getArgument("entityId"));
      entity.properties.putAll(properties(env));
      entity.version++;
      stamp(entity, env);
    }
    account.audit("entity", entity.id, "ENTITY", Map.of("action", "updated"));
    return entityPayload(entity, env);
  }

  private Object deleteEntity(DataFetchingEnvironment env) {
    GraphEntity entity;
    synchronized (graph) {
      entity = requireEntity(env.getArgument("entityId"));
      graph.removeEntity(entity.id);
    }
    account.audit("entity", entity.id, "ENTITY", Map.of("action", "deleted"));
    return entityPayload(entity, env);
  }

  private Object createRelationship(DataFetchingEnvironment env) {
    String key = env.getArgument("relationshipKey");
    String type = env.getArgument("relationshipType");
    GraphRelationship relationship;
    synchronized (graph) {
      GraphEntity from = requireEntity(env.getArgument("fromEntityId"));
      GraphEntity to = requireEntity(env.getArgument("toEntityId"));
      if (graph.relationshipByKey(type, key) != null) {
        throw MockGraphQlError.conflict("a relationship of type " + type + " with _key " + key + " already exists");
      }
      relationship = graph.relate(key, type, env.getArgument("relationshipClass"), from.id, to.id, properties(env));
      stamp(relationship, env);
    }
    account.audit("relationship", relationship.id, "RELATIONSHIP", Map.of("action", "created", "_key", key));
    return relationshipPayload(relationship, env);
  }

  private Object updateRelationship(DataFetchingEnvironment env) {
    GraphRelationship relationship;
    synchronized (graph) {
      relationship = requireRelationship(env.getArgument("relationshipId"));
      relationship.properties.putAll(properties(env));
      relationship.version++;
      stamp(relationship, env);
    }
    account.audit("relationship", relationship.id, "RELATIONSHIP", Map.of("action", "updated"));
    return relationshipPayload(relationship, env);
  }

  private Object deleteRelationship(DataFetchingEnvironment env) {
    GraphRelationship relationship;
    synchronized (graph) {
      relationship = requireRelationship(env.getArgument("relationshipId"));
      graph.removeRelationship(relationship.id);
    }
    account.audit("relationship", relationship.id, "RELATIONSHIP", Map.of("action", "deleted"));
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("relationship", relationship.metadata(account(env), graph));
    payload.put("edge", relationship.edge(account(env), graph));
    return payload;
  }

  /**
   * The docs do not say what the state file holds or how the CSV is fetched (AMB-17): the mock
   * hands out a link of the documented shape and does not serve it.
   */
  private Object buildCsv(DataFetchingEnvironment env) {
    String base = env.getGraphQlContext().get("base");
    return Map.of("stateFileUrl", base + "/j1-csv/" + UUID.randomUUID() + "/state.json");
  }

  private GraphEntity requireEntity(String id) {
    GraphEntity entity = graph.entity(id);
    if (entity == null) {
      throw MockGraphQlError.notFound("entity " + id);
    }
    return entity;
  }

  private GraphRelationship requireRelationship(String id) {
    GraphRelationship relationship = graph.relationship(id);
    if (relationship == null) {
      throw MockGraphQlError.notFound("relationship " + id);
    }
    return relationship;
  }

  private static Map<String, Object> properties(DataFetchingEnvironment env) {
    Object properties = env.getArgument("properties");
    if (properties == null) {
      return Map.of();
    }
    if (!(properties instanceof Map)) {
      throw MockGraphQlError.badInput("properties must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) properties;
    return map;
  }

  private void stamp(GraphEntity entity, DataFetchingEnvironment env) {
    Long timestamp = env.getArgument("timestamp");
    entity.beginOn = timestamp != null ? timestamp : graph.tick();
  }

  private void stamp(GraphRelationship relationship, DataFetchingEnvironment env) {
    Long timestamp = env.getArgument("timestamp");
    relationship.beginOn = timestamp != null ? timestamp : graph.tick();
  }

  private Map<String, Object> entityPayload(GraphEntity entity, DataFetchingEnvironment env) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("entity", entity.metadata(account(env)));
    payload.put("vertex", entity.vertex(account(env)));
    return payload;
  }

  private Map<String, Object> relationshipPayload(GraphRelationship relationship, DataFetchingEnvironment env) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("relationship", relationship.metadata(account(env), graph));
    payload.put("edge", relationship.edge(account(env), graph));
    return payload;
  }
}
