package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a GraphQL response's {@code errors}.
 *
 * @param message the server's message
 * @param path the response path the error belongs to (a JSON array), or null
 * @param extensions the server's extensions object, or null
 */
public record GraphQlError(String message, JsonNode path, JsonNode extensions) {

  /**
   * The machine-readable kind of the error: {@code extensions.code} (Apollo and most servers),
   * else {@code extensions.classification} (graphql-java).
   *
   * @return the code, or null when the server sent none
   */
  public String code() {
    if (extensions == null) {
      return null;
    }
    for (String field : new String[] {"code", "classification"}) {
      JsonNode value = extensions.path(field);
      if (value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /** @return the message, followed by the path when there is one */
  public String describe() {
    String text = message == null || message.isBlank() ? "(no message)" : message;
    return path == null || path.isNull() || path.isEmpty() ? text : text + " (at " + path + ")";
  }
}
