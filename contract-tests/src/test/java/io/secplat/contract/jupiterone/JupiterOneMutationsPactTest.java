package io.secplat.contract.jupiterone;

import static io.secplat.contract.jupiterone.JupiterOnePact.data;
import static io.secplat.contract.jupiterone.JupiterOnePact.document;
import static io.secplat.contract.jupiterone.JupiterOnePact.graphQl;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.jupiterone.generated.graphql.EntityMutationPayload;
import io.secplat.jupiterone.generated.graphql.RelationshipMutationPayload;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Entity and relationship mutations on /graphql. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = JupiterOnePact.GRAPHQL_PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class JupiterOneMutationsPactTest {
  static final String ENTITY_ID = JupiterOnePact.ENTITY_ID;
  static final String RELATIONSHIP_ID = JupiterOnePact.RELATIONSHIP_ID;
  static final long TIMESTAMP = 1529329792552L;

  static void entityPayload(PactDslJsonBody o) {
    PactDslJsonBody entity = o.object("entity");
    JupiterOnePact.entity(entity);
    entity.closeObject();
    PactDslJsonBody vertex = o.object("vertex");
    JupiterOnePact.vertex(vertex);
    vertex.closeObject();
  }

  static void relationshipPayload(PactDslJsonBody o) {
    PactDslJsonBody relationship = o.object("relationship");
    JupiterOnePact.relationship(relationship);
    relationship.closeObject();
    PactDslJsonBody edge = o.object("edge");
    JupiterOnePact.edge(edge);
    edge.closeObject();
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact createEntity(PactDslWithProvider builder) {
    return graphQl(builder, "no entity host-1 exists", "a request to create an entity", "/graphql", document("createEntity"),
            v -> v.stringType("entityKey", "host-1").stringType("entityType", "my_host").array("entityClass").stringType("Host").closeArray()
                .object("properties").stringType("displayName", "Host 1").closeObject())
        .willRespondWith().status(200)
        .body(data("createEntity", JupiterOneMutationsPactTest::entityPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createEntity")
  void createEntity(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      EntityMutationPayload created = j1.entities().create("host-1", "my_host", List.of("Host"), Map.of("displayName", "Host 1"));
      assertThat(created.getEntity().get_id()).isEqualTo(ENTITY_ID);
      assertThat(created.getVertex().getEntity().get_createdOn()).isEqualTo(TIMESTAMP);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact updateEntity(PactDslWithProvider builder) {
    return graphQl(builder, "entity " + ENTITY_ID + " with key host-1 exists", "a request to update an entity", "/graphql", document("updateEntity"),
            v -> v.stringType("entityId", ENTITY_ID).integerType("timestamp", TIMESTAMP)
                .object("properties").stringType("owner", "team-a").closeObject())
        .willRespondWith().status(200)
        .body(data("updateEntity", JupiterOneMutationsPactTest::entityPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateEntity")
  void updateEntity(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.entities().update(ENTITY_ID, Map.of("owner", "team-a"), Instant.ofEpochMilli(TIMESTAMP)).getEntity().get_id())
          .isEqualTo(ENTITY_ID);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact deleteEntity(PactDslWithProvider builder) {
    return graphQl(builder, "entity " + ENTITY_ID + " with key host-1 exists", "a request to delete an entity", "/graphql", document("deleteEntity"),
            v -> v.stringType("entityId", ENTITY_ID))
        .willRespondWith().status(200)
        .body(data("deleteEntity", JupiterOneMutationsPactTest::entityPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteEntity")
  void deleteEntity(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.entities().delete(ENTITY_ID).getEntity().get_key()).isEqualTo("host-1");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact createRelationship(PactDslWithProvider builder) {
    return graphQl(builder, "entities app and db exist", "a request to create a relationship", "/graphql",
            document("createRelationship"), v -> v.stringType("relationshipKey", "app|uses|db")
                .stringType("relationshipType", "my_app_uses_db").stringType("relationshipClass", "USES")
                .stringType("fromEntityId", "app-id").stringType("toEntityId", "db-id")
                .object("properties").integerType("port", 5432).closeObject())
        .willRespondWith().status(200)
        .body(data("createRelationship", JupiterOneMutationsPactTest::relationshipPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "createRelationship")
  void createRelationship(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      RelationshipMutationPayload uses = j1.relationships().create("app|uses|db", "my_app_uses_db", "USES", "app-id", "db-id",
          Map.of("port", 5432));
      assertThat(uses.getRelationship().get_id()).isEqualTo(RELATIONSHIP_ID);
      assertThat(uses.getEdge().getFromVertexId()).isEqualTo("app-id");
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact updateRelationship(PactDslWithProvider builder) {
    return graphQl(builder, "relationship " + RELATIONSHIP_ID + " (app|uses|db) exists", "a request to update a relationship", "/graphql",
            document("updateRelationship"), v -> v.stringType("relationshipId", RELATIONSHIP_ID)
                .object("properties").integerType("port", 6432).closeObject())
        .willRespondWith().status(200)
        .body(data("updateRelationship", JupiterOneMutationsPactTest::relationshipPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "updateRelationship")
  void updateRelationship(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.relationships().update(RELATIONSHIP_ID, Map.of("port", 6432)).getEdge().getId()).isEqualTo(RELATIONSHIP_ID);
    }
  }

  @Pact(consumer = JupiterOnePact.CONSUMER)
  RequestResponsePact deleteRelationship(PactDslWithProvider builder) {
    return graphQl(builder, "relationship " + RELATIONSHIP_ID + " (app|uses|db) exists", "a request to delete a relationship", "/graphql",
            document("deleteRelationship"), v -> v.stringType("relationshipId", RELATIONSHIP_ID).integerType("timestamp", TIMESTAMP))
        .willRespondWith().status(200)
        .body(data("deleteRelationship", JupiterOneMutationsPactTest::relationshipPayload))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "deleteRelationship")
  void deleteRelationship(MockServer server) {
    try (JupiterOneClient j1 = JupiterOnePact.client(server)) {
      assertThat(j1.relationships().delete(RELATIONSHIP_ID, Instant.ofEpochMilli(TIMESTAMP)).getRelationship().get_id())
          .isEqualTo(RELATIONSHIP_ID);
    }
  }
}
