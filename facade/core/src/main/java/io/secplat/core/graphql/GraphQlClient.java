package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Arguments;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.secplat.core.pipeline.HttpRequest;
import io.secplat.core.pipeline.OperationInfo;
import io.secplat.core.pipeline.Pipeline;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One GraphQL endpoint of a vendor, on the client's {@link Pipeline}: the same auth, logging
 * redaction, error mapping and retry policy as the REST operations. Thread-safe.
 *
 * <ul>
 *   <li>Documents are constants; every value travels in {@code variables}, so no user input is
 *       ever parsed as GraphQL.
 *   <li>Queries are retried like any read; mutations never are (the document's operation type
 *       decides).
 *   <li>A response with {@code errors} throws: a rate-limit error (even inside an HTTP 200) is a
 *       {@link io.secplat.core.error.RateLimitedException}; see {@link GraphQlErrors}.
 * </ul>
 *
 * <pre>{@code
 * GraphQlClient graph = new GraphQlClient(http.pipeline(), URI.create("https://api.us.jupiterone.io/graphql"));
 * JsonNode data = graph.execute(J1QL, Map.of("query", "FIND User"));
 * }</pre>
 */
public final class GraphQlClient {
  private final Pipeline pipeline;
  private final URI url;

  /**
   * @param pipeline the client's pipeline
   * @param url the endpoint's absolute URL (already checked by the client's builder)
   */
  public GraphQlClient(Pipeline pipeline, URI url) {
    this.url = Arguments.requireNonNull("url", url);
    this.pipeline = Arguments.requireNonNull("pipeline", pipeline);
  }

  /** @return the endpoint's URL */
  public URI url() {
    return url;
  }

  /**
   * Sends an operation.
   *
   * @param operation the operation
   * @param variables its variables; entries whose value is null are left out (an absent variable
   *     lets the schema's default apply)
   * @return the response's {@code data} object
   * @throws io.secplat.core.error.ApiException for HTTP errors and GraphQL errors alike
   */
  public JsonNode execute(GraphQlOperation operation, Map<String, ?> variables) {
    Arguments.requireNonNull("operation", operation);
    Map<String, Object> values = new LinkedHashMap<>();
    if (variables != null) {
      variables.forEach((name, value) -> {
        if (value != null) {
          values.put(name, value);
        }
      });
    }
    GraphQlRequest body = new GraphQlRequest(operation.document(), operation.name(), Collections.unmodifiableMap(values));
    byte[] json;
    try {
      json = pipeline.json().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the variables of " + operation.name() + " cannot be written as JSON", e);
    }
    HttpRequest request = HttpRequest.builder("POST", url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .body(json)
        .operation(new OperationInfo(operation.name(), operation.kind() == GraphQlOperation.Kind.QUERY, false))
        .build();
    return pipeline.send(request, new GraphQlDecoder(pipeline, operation.name()));
  }

  @Override
  public String toString() {
    return "GraphQlClient{url=" + url + '}';
  }
}
