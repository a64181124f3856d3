package io.secplat.jupiterone;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.contract.ContractReading;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.graphql.GraphQlClient;
import io.secplat.core.graphql.GraphQlOperation;
import io.secplat.core.http.HttpStack;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of JupiterOne's GraphQL endpoints, with the root field of each answer decoded into the
 * generated models. Unknown fields are ignored and unknown enum values decode to null, so a
 * schema that grows does not break the client.
 */
final class Endpoint {
  private final GraphQlClient graphQl;
  private final ObjectMapper json;

  Endpoint(HttpStack http, URI url) {
    this.graphQl = new GraphQlClient(http.pipeline(), url);
    this.json = http.json().copy().enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
  }

  /** @return name-value pairs as a variables map (null values are left out when sent) */
  static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  URI url() {
    return graphQl.url();
  }

  ObjectMapper json() {
    return json;
  }

  /** @return the operation's root field, raw; null when the server answered null */
  JsonNode call(GraphQlOperation operation, String field, Map<String, Object> variables) {
    JsonNode value = graphQl.execute(operation, variables).get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** @return the operation's root field decoded, or null when the server answered null */
  <T> T call(GraphQlOperation operation, String field, Map<String, Object> variables, Class<T> type) {
    return decode(call(operation, field, variables), json.constructType(type), operation.name());
  }

  /** @return the operation's root field decoded, or null when the server answered null */
  <T> T call(GraphQlOperation operation, String field, Map<String, Object> variables, TypeReference<T> type) {
    return decode(call(operation, field, variables), json.constructType(type), operation.name());
  }

  /** Decodes a value of an answer; a value of the wrong shape is an undecodable response. */
  <T> T decode(JsonNode value, JavaType type) {
    return decode(value, type, null);
  }

  /** Decodes a value of an operation's answer, reporting contract drift under the operation's name. */
  <T> T decode(JsonNode value, JavaType type, String operation) {
    if (value == null) {
      return null;
    }
    try {
      return ContractReading.reader(json, type, operation).readValue(value);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw undecodable(e);
    }
  }

  /** @return the exception for an answer that does not have the documented shape */
  UndecodableResponseException undecodable(Exception cause) {
    ErrorDetails details = new ErrorDetails("JupiterOne", "POST", url().getRawPath(), 200, null, null, null, null);
    return new UndecodableResponseException(details, cause);
  }

  @Override
  public String toString() {
    return "Endpoint{" + url() + '}';
  }
}
