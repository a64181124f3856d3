package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Arguments;
import io.secplat.core.http.HttpStack;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One GraphQL endpoint of a vendor, on the client's {@link HttpStack}: the same auth, logging
 * redaction, error mapping and retry policy as the REST operations. Thread-safe.
 *
 * <ul>
 *   <li>Documents are constants; every value travels in {@code variables}, so no user input is
 *       ever parsed as GraphQL.
 *   <li>Queries are retried like any read; mutations never are.
 *   <li>A response with {@code errors} throws: a rate-limit error (even inside an HTTP 200) is a
 *       {@link io.secplat.core.error.RateLimitedException}; see {@link GraphQlErrors}.
 * </ul>
 *
 * <pre>{@code
 * GraphQlClient graph = new GraphQlClient(http, URI.create("https://api.us.jupiterone.io/graphql"));
 * JsonNode data = graph.execute(J1QL, Map.of("query", "FIND User"));
 * }</pre>
 */
public final class GraphQlClient {
  private final GraphQlEndpoint endpoint;
  private final URI url;

  /**
   * @param http the client's HTTP stack
   * @param url the endpoint's absolute URL (already checked by the client's builder)
   */
  public GraphQlClient(HttpStack http, URI url) {
    this.url = Arguments.requireNonNull("url", url);
    this.endpoint = Arguments.requireNonNull("http", http).target(GraphQlEndpoint.class, url);
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
    GraphQlRequest request = new GraphQlRequest(operation.document(), operation.name(), Collections.unmodifiableMap(values));
    GraphQlResponse response = operation.kind() == GraphQlOperation.Kind.QUERY
        ? endpoint.query(request) : endpoint.mutate(request);
    return response.data();
  }

  @Override
  public String toString() {
    return "GraphQlClient{url=" + url + '}';
  }
}
