package io.secplat.mock.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Small helpers to build JSON responses in mock providers. */
public final class JsonResponses {
  private JsonResponses() {}

  /**
   * @param status the HTTP status
   * @param body the JSON body, or null for none
   * @return the response
   */
  public static ResponseDefinition json(int status, JsonNode body) {
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
    if (body != null) {
      builder.withHeader("Content-Type", "application/json").withBody(body.toString());
    }
    return builder.build();
  }

  /**
   * @param status the HTTP status
   * @return a response with no body
   */
  public static ResponseDefinition empty(int status) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).build();
  }
}
