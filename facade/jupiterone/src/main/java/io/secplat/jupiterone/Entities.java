package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.jupiterone.generated.graphql.EntityMutationPayload;
import java.time.Instant;
import java.util.Map;

/**
 * Creates, updates and deletes single entities (GraphQL mutations on {@code /graphql}). For many
 * entities at once use {@link BulkSync}. Mutations are never retried after an unknown outcome.
 *
 * <pre>{@code
 * EntityMutationPayload created = j1.entities().create("host-1", "my_host", "Host", Map.of("displayName", "Host 1"));
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
   * @param entityClass its _class, for example {@code Host}
   * @param properties its custom properties, or null
   * @return the entity and its vertex
   */
  @Operation("createEntity")
  public EntityMutationPayload create(String entityKey, String entityType, String entityClass, Map<String, ?> properties) {
    return create(entityKey, entityType, entityClass, properties, null);
  }

  /**
   * @param entityKey the new entity's _key
   * @param entityType its _type
   * @param entityClass its _class
   * @param properties its custom properties, or null
   * @param timestamp when the entity came to be, or null for now (sent as epoch milliseconds)
   * @return the entity and its vertex
   */
  @Operation("createEntity")
  public EntityMutationPayload create(String entityKey, String entityType, String entityClass, Map<String, ?> properties,
      Instant timestamp) {
    Map<String, Object> vars = variables(
        "entityKey", Arguments.requireNonBlank("entityKey", entityKey),
        "entityType", Arguments.requireNonBlank("entityType", entityType),
        "entityClass", Arguments.requireNonBlank("entityClass", entityClass),
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
    Map<String, Object> vars = variables("entityId", Arguments.requireNonBlank("entityId", entityId),
        "timestamp", millis(timestamp));
    return graph.call(Operations.DELETE_ENTITY, "deleteEntity", vars, EntityMutationPayload.class);
  }

  static Long millis(Instant timestamp) {
    return timestamp == null ? null : timestamp.toEpochMilli();
  }
}
