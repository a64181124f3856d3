package io.secplat.jupiterone;

import static io.secplat.jupiterone.Endpoint.variables;
import static io.secplat.jupiterone.Entities.millis;

import io.secplat.core.Arguments;
import io.secplat.core.Operation;
import io.secplat.jupiterone.generated.graphql.RelationshipMutationPayload;
import java.time.Instant;
import java.util.Map;

/**
 * Creates, updates and deletes single relationships between entities given by their _id.
 *
 * <pre>{@code
 * RelationshipMutationPayload uses = j1.relationships().create("app|uses|db", "app_uses_db", "USES",
 *     appId, dbId, Map.of());
 * j1.relationships().delete(uses.getRelationship().get_id());
 * }</pre>
 */
public final class Relationships {
  private final Endpoint graph;

  Relationships(Endpoint graph) {
    this.graph = graph;
  }

  /**
   * @param relationshipKey the new relationship's _key
   * @param relationshipType its _type
   * @param relationshipClass its _class, for example {@code USES}
   * @param fromEntityId the _id of the entity it starts at
   * @param toEntityId the _id of the entity it ends at
   * @param properties its custom properties, or null
   * @return the relationship and its edge
   */
  @Operation("createRelationship")
  public RelationshipMutationPayload create(String relationshipKey, String relationshipType, String relationshipClass,
      String fromEntityId, String toEntityId, Map<String, ?> properties) {
    return create(relationshipKey, relationshipType, relationshipClass, fromEntityId, toEntityId, properties, null);
  }

  /**
   * @param relationshipKey the new relationship's _key
   * @param relationshipType its _type
   * @param relationshipClass its _class
   * @param fromEntityId the _id of the entity it starts at
   * @param toEntityId the _id of the entity it ends at
   * @param properties its custom properties, or null
   * @param timestamp when it came to be, or null for now
   * @return the relationship and its edge
   */
  @Operation("createRelationship")
  public RelationshipMutationPayload create(String relationshipKey, String relationshipType, String relationshipClass,
      String fromEntityId, String toEntityId, Map<String, ?> properties, Instant timestamp) {
    Map<String, Object> vars = variables(
        "relationshipKey", Arguments.requireNonBlank("relationshipKey", relationshipKey),
        "relationshipType", Arguments.requireNonBlank("relationshipType", relationshipType),
        "relationshipClass", Arguments.requireNonBlank("relationshipClass", relationshipClass),
        "fromEntityId", Arguments.requireNonBlank("fromEntityId", fromEntityId),
        "toEntityId", Arguments.requireNonBlank("toEntityId", toEntityId),
        "timestamp", millis(timestamp),
        "properties", properties);
    return graph.call(Operations.CREATE_RELATIONSHIP, "createRelationship", vars, RelationshipMutationPayload.class);
  }

  /**
   * @param relationshipId the relationship's _id
   * @param properties the properties to set
   * @return the relationship and its edge
   */
  @Operation("updateRelationship")
  public RelationshipMutationPayload update(String relationshipId, Map<String, ?> properties) {
    return update(relationshipId, properties, null);
  }

  /**
   * @param relationshipId the relationship's _id
   * @param properties the properties to set
   * @param timestamp when the change happened, or null for now
   * @return the relationship and its edge
   */
  @Operation("updateRelationship")
  public RelationshipMutationPayload update(String relationshipId, Map<String, ?> properties, Instant timestamp) {
    Map<String, Object> vars = variables("relationshipId", Arguments.requireNonBlank("relationshipId", relationshipId),
        "timestamp", millis(timestamp), "properties", Arguments.requireNonNull("properties", properties));
    return graph.call(Operations.UPDATE_RELATIONSHIP, "updateRelationship", vars, RelationshipMutationPayload.class);
  }

  /**
   * @param relationshipId the relationship's _id
   * @return the deleted relationship and its edge
   */
  @Operation("deleteRelationship")
  public RelationshipMutationPayload delete(String relationshipId) {
    return delete(relationshipId, null);
  }

  /**
   * @param relationshipId the relationship's _id
   * @param timestamp when the deletion happened, or null for now
   * @return the deleted relationship and its edge
   */
  @Operation("deleteRelationship")
  public RelationshipMutationPayload delete(String relationshipId, Instant timestamp) {
    return delete(relationshipId, timestamp, false);
  }

  /**
   * @param relationshipId the relationship's _id
   * @param timestamp when the deletion happened, or null for now
   * @param hardDelete true removes the relationship for good; false (the default) marks it deleted
   * @return the deleted relationship and its edge
   */
  @Operation("deleteRelationship")
  public RelationshipMutationPayload delete(String relationshipId, Instant timestamp, boolean hardDelete) {
    Map<String, Object> vars = variables("relationshipId", Arguments.requireNonBlank("relationshipId", relationshipId),
        "timestamp", millis(timestamp), "hardDelete", hardDelete ? Boolean.TRUE : null);
    return graph.call(Operations.DELETE_RELATIONSHIP, "deleteRelationship", vars, RelationshipMutationPayload.class);
  }
}
