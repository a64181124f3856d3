package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.jupiterone.generated.graphql.EntityMutationPayload;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Creates, updates and deletes single entities (GraphQL mutations on {@code /graphql}). For many
 * entities at once use {@link BulkSync}. Mutations are never retried after an unknown outcome.
 *
 * <pre>{@code
 * EntityMutationPayload created = j1.entities().create("host-1", "my_host", List.of("Host"), Map.of("displayName", "Host 1"));
 * j1.entities().update(created.getEntity().get_id(), Map.of("owner", "team-a"));
 * j1.entities().delete(created.getEntity().get_id());
 * }</pre>
 */
public final class Entities {
  private final Endpoint graph;

  Entities(Endpoint graph) {
    this.graph = graph;
  }

  /**
   * @param entityKey the new entity's _key
   * @param entityType its _type, for example {@code my_host}
   * @param entityClasses its _class values, for example {@code List.of("Host")}: JupiterOne takes
   *     a non-empty list of classes
   * @param properties its custom properties, or null
   * @return the entity and its vertex
   */
  @Operation("createEntity")
  public EntityMutationPayload create(String entityKey, String entityType, List<String> entityClasses,
      Map<String, ?> properties) {
    return create(entityKey, entityType, entityClasses, properties, null);
  }

  /**
   * @param entityKey the new entity's _key
   * @param entityType its _type
   * @param entityClasses its _class values, not empty, none blank
   * @param properties its custom properties, or null
   * @param timestamp when the entity came to be, or null for now (sent as epoch milliseconds)
   * @return the entity and its vertex
   */
  @Operation("createEntity")
  public EntityMutationPayload create(String entityKey, String entityType, List<String> entityClasses,
      Map<String, ?> properties, Instant timestamp) {
    Map<String, Object> vars = variables(
        "entityKey", Arguments.requireNonBlank("entityKey", entityKey),
        "entityType", Arguments.requireNonBlank("entityType", entityType),
        "entityClass", classes(entityClasses),
        "timestamp", millis(timestamp),
        "properties", properties);
    return graph.call(Operations.CREATE_ENTITY, "createEntity", vars, EntityMutationPayload.class);
  }

  /**
   * Changes the custom properties of an entity; its key, type and class cannot change.
   *
   * @param entityId the entity's _id
   * @param properties the properties to set
   * @return the entity and its vertex
   */
  @Operation("updateEntity")
  public EntityMutationPayload update(String entityId, Map<String, ?> properties) {
    return update(entityId, properties, null);
  }

  /**
   * @param entityId the entity's _id
   * @param properties the properties to set
   * @param timestamp when the change happened, or null for now
   * @return the entity and its vertex
   */
  @Operation("updateEntity")
  public EntityMutationPayload update(String entityId, Map<String, ?> properties, Instant timestamp) {
    Map<String, Object> vars = variables("entityId", Arguments.requireNonBlank("entityId", entityId),
        "timestamp", millis(timestamp), "properties", Arguments.requireNonNull("properties", properties));
    return graph.call(Operations.UPDATE_ENTITY, "updateEntity", vars, EntityMutationPayload.class);
  }

  /**
   * @param entityId the entity's _id
   * @return the deleted entity and its vertex
   */
  @Operation("deleteEntity")
  public EntityMutationPayload delete(String entityId) {
    return delete(entityId, null);
  }

  /**
   * @param entityId the entity's _id
   * @param timestamp when the deletion happened, or null for now
   * @return the deleted entity and its vertex
   */
  @Operation("deleteEntity")
  public EntityMutationPayload delete(String entityId, Instant timestamp) {
    return delete(entityId, timestamp, false);
  }

  /**
   * @param entityId the entity's _id
   * @param timestamp when the deletion happened, or null for now
   * @param hardDelete true removes the entity for good; false (the default) marks it deleted
   * @return the deleted entity and its vertex
   */
  @Operation("deleteEntity")
  public EntityMutationPayload delete(String entityId, Instant timestamp, boolean hardDelete) {
    Map<String, Object> vars = variables("entityId", Arguments.requireNonBlank("entityId", entityId),
        "timestamp", millis(timestamp), "hardDelete", hardDelete ? Boolean.TRUE : null);
    return graph.call(Operations.DELETE_ENTITY, "deleteEntity", vars, EntityMutationPayload.class);
  }

  private static List<String> classes(List<String> entityClasses) {
    Arguments.requireNonNull("entityClasses", entityClasses);
    if (entityClasses.isEmpty()) {
      throw new IllegalArgumentException("entityClasses must not be empty");
    }
    for (int i = 0; i < entityClasses.size(); i++) {
      Arguments.requireNonBlank("entityClasses[" + i + "]", entityClasses.get(i));
    }
    return List.copyOf(entityClasses);
  }

  static Long millis(Instant timestamp) {
    return timestamp == null ? null : timestamp.toEpochMilli();
  }
}
