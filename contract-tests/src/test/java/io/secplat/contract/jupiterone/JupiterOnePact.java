package io.secplat.contract.jupiterone;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import io.secplat.core.Canary;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.jupiterone.JupiterOneClient;
import java.util.function.Consumer;

/**
 * What every JupiterOne pact shares: names, both auth headers, the GraphQL request envelope (a POST
 * of {@code query}, {@code operationName} and {@code variables}; the query matched exactly, the
 * variables by type) and the record shapes of the schema.
 */
final class JupiterOnePact {
  static final String CONSUMER = "secplat-jupiterone-facade";
  /** The three GraphQL endpoints and the deferred result links. */
  static final String GRAPHQL_PROVIDER = "jupiterone-graphql-api";
  /** The synchronization and raw-data REST API (jupiterone-rest.yaml). */
  static final String REST_PROVIDER = "jupiterone-rest-api";
  static final String KEY = "pact-key-0001";
  static final String ACCOUNT = "pact-account-1";

  private JupiterOnePact() {}

  /** The client sends the canary key; the pacts record the matcher and the placeholder {@link #KEY}. */
  static JupiterOneClient client(MockServer server) {
    return JupiterOneClient.builder().baseUrl(server.getUrl()).apiKey(Secret.of(Canary.JUPITERONE_KEY)).accountId(ACCOUNT)
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** The document the client sends, read from the client's own resources. */
  static GraphQlOperation document(String name) {
    return GraphQlOperation.fromResource(JupiterOneClient.class, "graphql/" + name + ".graphql");
  }

  /** A request with JupiterOne's two auth headers. */
  static PactDslRequestWithPath request(PactDslWithProvider builder, String state, String description, String method, String path) {
    return builder.given(state).uponReceiving(description)
        .method(method)
        .path(path)
        .matchHeader("Authorization", "Bearer \\S+", "Bearer " + KEY)
        .matchHeader("JupiterOne-Account", "\\S+", ACCOUNT);
  }

  /** A GraphQL POST of a document to an endpoint; the variables are matched by type. */
  static PactDslRequestWithPath graphQl(PactDslWithProvider builder, String state, String description, String path,
      GraphQlOperation operation, Consumer<PactDslJsonBody> variables) {
    PactDslJsonBody body = new PactDslJsonBody()
        .stringValue("query", operation.document())
        .stringValue("operationName", operation.name());
    PactDslJsonBody vars = body.object("variables");
    variables.accept(vars);
    vars.closeObject();
    return request(builder, state, description, "POST", path)
        .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
        .body(body);
  }

  /** A GraphQL answer: {@code {"data": {field: <object>}}}. */
  static DslPart data(String field, Consumer<PactDslJsonBody> value) {
    PactDslJsonBody body = new PactDslJsonBody();
    PactDslJsonBody object = body.object("data").object(field);
    value.accept(object);
    return object.closeObject().closeObject();
  }

  static final String ENTITY_ID = "7c6d1f88-2b1a-4d3a-9a51-8b7d8e2f0a11";
  static final String RELATIONSHIP_ID = "0b3d6a2c-1e4f-4c8b-9d7a-6e5f4c3b2a19";

  private static void metadata(PactDslJsonBody o, String id, String key, String displayName) {
    o.stringType("_id", id)
        .stringType("_key", key)
        .stringType("_accountId", ACCOUNT)
        .integerType("_version", 1)
        .integerType("_createdOn", 1529329792552L)
        .integerType("_beginOn", 1529329792552L)
        .booleanType("_deleted", false)
        .stringType("displayName", displayName);
    o.nullValue("_integrationName").nullValue("_integrationDefinitionId").nullValue("_integrationInstanceId").nullValue("_endOn");
  }

  /** Entity metadata as production sends it: {@code _type} and {@code _class} are lists of strings. */
  static void entity(PactDslJsonBody o) {
    metadata(o, ENTITY_ID, "host-1", "Host 1");
    o.minArrayLike("_type", 1, PactDslJsonRootValue.stringType("my_host"), 1);
    o.minArrayLike("_class", 1, PactDslJsonRootValue.stringType("Host"), 1);
  }

  /** Relationship metadata: production's relationship {@code _type} is a single string. */
  static void relationship(PactDslJsonBody o) {
    metadata(o, RELATIONSHIP_ID, "app|uses|db", "USES");
    o.stringType("_type", "my_app_uses_db");
    o.stringType("_fromEntityKey", "app").stringType("_toEntityKey", "db");
  }

  static void vertex(PactDslJsonBody o) {
    o.stringType("id", ENTITY_ID);
    PactDslJsonBody entity = o.object("entity");
    entity(entity);
    entity.closeObject();
    o.object("properties").stringType("displayName", "Host 1").closeObject();
  }

  static void edge(PactDslJsonBody o) {
    edgeShape(o);
    o.object("properties").integerType("port", 5432).closeObject();
  }

  /** An edge without its custom properties. */
  static void edgeShape(PactDslJsonBody o) {
    o.stringType("id", RELATIONSHIP_ID)
        .stringType("toVertexId", "db-id")
        .stringType("fromVertexId", "app-id");
    PactDslJsonBody relationship = o.object("relationship");
    relationship(relationship);
    relationship.closeObject();
  }

  static void pageInfo(PactDslJsonBody o, boolean hasNextPage) {
    o.object("pageInfo").stringType("endCursor", "eyJhY2NvdW50I...").booleanValue("hasNextPage", hasNextPage).closeObject();
  }
}
