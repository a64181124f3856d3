package io.secplat.core.graphql;

import java.util.Map;

/**
 * The JSON body of a GraphQL request: {@code {"query", "operationName", "variables"}}. Every
 * user-supplied value travels in {@code variables}; the document is a constant of the client.
 *
 * @param query the operation document
 * @param operationName the name of the operation in the document
 * @param variables the variable values (JSON-serialisable), possibly empty
 */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables) {}
