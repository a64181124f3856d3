package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON body of a GraphQL response. A response that carries {@code errors} never reaches the
 * caller: {@link GraphQlDecoder} turns it into the suite's exception first.
 *
 * @param data the {@code data} object
 * @param errors the {@code errors}, empty or null when there are none
 */
public record GraphQlResponse(JsonNode data, List<GraphQlError> errors) {

  /** @return true when the server reported at least one error */
  public boolean hasErrors() {
    return errors != null && !errors.isEmpty();
  }
}
