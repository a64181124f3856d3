package io.secplat.core.graphql;

import feign.Headers;
import feign.RequestLine;
import java.lang.reflect.Method;

/**
 * The wire form of a GraphQL endpoint: a {@code POST} of a JSON body to the endpoint URL itself.
 * Queries and mutations are separate methods because they differ in one respect only: a query
 * reads, so it is safe to repeat and the retry policy may repeat it; a mutation is never sent
 * twice. Use {@link GraphQlClient} rather than this interface.
 */
public interface GraphQlEndpoint {

  /**
   * Sends a query.
   *
   * @param request the operation and its variables
   * @return the response, free of errors
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  GraphQlResponse query(GraphQlRequest request);

  /**
   * Sends a mutation.
   *
   * @param request the operation and its variables
   * @return the response, free of errors
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  GraphQlResponse mutate(GraphQlRequest request);

  /**
   * @param method a Feign interface method
   * @return true for {@link #query}, which only reads and may be repeated
   */
  static boolean isQuery(Method method) {
    return method.getDeclaringClass() == GraphQlEndpoint.class && method.getName().equals("query");
  }
}
