package io.secplat.jupiterone;

import io.secplat.core.graphql.GraphQlOperation;

/**
 * The GraphQL documents the client sends, one resource each under
 * {@code io/secplat/jupiterone/graphql/}: constants, checked against the schema by the tests, so
 * no user input is ever parsed as GraphQL. Selections follow the documented operations, widened
 * to every field the schema documents for the returned type.
 */
final class Operations {
  static final GraphQlOperation ADD_IAM_USER_TO_GROUP_BY_EMAIL = load("addIamUserToGroupByEmail");
  static final GraphQlOperation ALL_ENTITY_COUNTS = load("allEntityCounts");
  static final GraphQlOperation BUILD_CSV = load("buildCsv");
  static final GraphQlOperation CREATE_ENTITY = load("createEntity");
  static final GraphQlOperation CREATE_IAM_GROUP = load("createIamGroup");
  static final GraphQlOperation CREATE_QUESTION = load("createQuestion");
  static final GraphQlOperation CREATE_QUESTION_RULE_INSTANCE = load("createQuestionRuleInstance");
  static final GraphQlOperation CREATE_RELATIONSHIP = load("createRelationship");
  static final GraphQlOperation DELETE_ENTITY = load("deleteEntity");
  static final GraphQlOperation DELETE_QUESTION = load("deleteQuestion");
  static final GraphQlOperation DELETE_RELATIONSHIP = load("deleteRelationship");
  static final GraphQlOperation DELETE_RULE_INSTANCE = load("deleteRuleInstance");
  static final GraphQlOperation EDGE = load("edge");
  static final GraphQlOperation EDGE_FILTERED = load("edgeFiltered");
  static final GraphQlOperation ENTITY_COUNT = load("entityCount");
  static final GraphQlOperation EVALUATE_RULE_INSTANCE = load("evaluateRuleInstance");
  static final GraphQlOperation FIND_INTEGRATION_DEFINITION = load("findIntegrationDefinition");
  static final GraphQlOperation GET_AUDIT_EVENTS_FOR_ACCOUNT = load("getAuditEventsForAccount");
  static final GraphQlOperation IAM_GROUP_USERS = load("iamGroupUsers");
  static final GraphQlOperation IAM_GROUPS = load("iamGroups");
  static final GraphQlOperation INTEGRATION_DEFINITION = load("integrationDefinition");
  static final GraphQlOperation INTEGRATION_DEFINITIONS = load("integrationDefinitions");
  static final GraphQlOperation INVOKE_INTEGRATION_INSTANCE = load("invokeIntegrationInstance");
  static final GraphQlOperation LIST_VERTICES = load("listVertices");
  static final GraphQlOperation QUERY_GRAPH = load("queryGraph");
  static final GraphQlOperation QUERY_V1 = load("queryV1");
  static final GraphQlOperation QUERY_V1_DEFERRED = load("queryV1Deferred");
  static final GraphQlOperation QUERY_V1_DEFERRED_INCLUDE_DELETED = load("queryV1DeferredIncludeDeleted");
  static final GraphQlOperation QUERY_V1_INCLUDE_DELETED = load("queryV1IncludeDeleted");
  static final GraphQlOperation REMOVE_IAM_USER_FROM_GROUP_BY_EMAIL = load("removeIamUserFromGroupByEmail");
  static final GraphQlOperation SET_RESOURCE_PERMISSION = load("setResourcePermission");
  static final GraphQlOperation TYPE_COUNTS = load("typeCounts");
  static final GraphQlOperation UPDATE_ENTITY = load("updateEntity");
  static final GraphQlOperation UPDATE_IAM_GROUP = load("updateIamGroup");
  static final GraphQlOperation UPDATE_QUESTION = load("updateQuestion");
  static final GraphQlOperation UPDATE_QUESTION_RULE_INSTANCE = load("updateQuestionRuleInstance");
  static final GraphQlOperation UPDATE_RELATIONSHIP = load("updateRelationship");
  static final GraphQlOperation VERTEX = load("vertex");
  static final GraphQlOperation VERTEX_NEIGHBORS = load("vertexNeighbors");

  private Operations() {}

  private static GraphQlOperation load(String name) {
    return GraphQlOperation.fromResource(Operations.class, "graphql/" + name + ".graphql");
  }
}
