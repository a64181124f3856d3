package io.secplat.core.pipeline;

/**
 * Turns a successful response into a value, inside the attempt: what it throws is seen by the
 * retry policy as the attempt's outcome (a GraphQL rate-limit error in an HTTP 200 is retried
 * like a 429).
 *
 * @param <T> the value's type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * @param response a 2xx response
   * @return the value
   */
  T decode(HttpResponse response);
}
