package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.core.pipeline.HttpResponse;
import io.secplat.core.pipeline.Pipeline;
import io.secplat.core.pipeline.ResponseDecoder;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decodes a GraphQL response inside the pipeline's attempt: {@code errors} become the suite's
 * exception right here, so that the retry policy sees a rate-limit error in an HTTP 200 exactly as
 * it sees an HTTP 429. Server messages are scrubbed of credentials.
 */
final class GraphQlDecoder implements ResponseDecoder<JsonNode> {
  private final Pipeline pipeline;
  private final String operationName;

  GraphQlDecoder(Pipeline pipeline, String operationName) {
    this.pipeline = pipeline;
    this.operationName = operationName;
  }

  @Override
  public JsonNode decode(HttpResponse response) {
    GraphQlResponse body;
    try {
      body = response.length() == 0 ? null : pipeline.json().readValue(response.stream(), GraphQlResponse.class);
    } catch (IOException e) {
      throw new UndecodableResponseException(pipeline.where(response),
          new IOException("the GraphQL response is not JSON: " + e.getClass().getSimpleName()));
    }
    if (body != null && body.hasErrors()) {
      List<GraphQlError> scrubbed = body.errors().stream()
          .map(e -> new GraphQlError(pipeline.scrub(e.message()), e.path(), scrubbed(e.extensions())))
          .collect(Collectors.toList());
      throw GraphQlErrors.toException(pipeline.where(response), operationName, scrubbed);
    }
    if (body == null || body.data() == null || !body.data().isObject()) {
      throw new UndecodableResponseException(pipeline.where(response),
          new IOException("a GraphQL response without errors must carry a data object"));
    }
    return body.data();
  }

  /** The error codes the suite reads from the extensions, scrubbed like every other server text. */
  private JsonNode scrubbed(JsonNode extensions) {
    if (!(extensions instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
      return extensions;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = object.deepCopy();
    for (String field : new String[] {"code", "classification"}) {
      if (copy.path(field).isTextual()) {
        copy.put(field, pipeline.scrub(copy.path(field).asText()));
      }
    }
    return copy;
  }
}
