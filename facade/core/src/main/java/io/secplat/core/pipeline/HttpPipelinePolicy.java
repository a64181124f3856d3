package io.secplat.core.pipeline;

/**
 * One step of the request pipeline. A policy may change the request, pass it on with
 * {@link Next#process}, look at or replace the response, or throw. Policies must be thread-safe:
 * one instance serves every call of a client.
 *
 * <p>A policy added with {@code ClientBuilder.addPolicy} runs once per attempt, inside the
 * retries, the deadline, the circuit breaker and the rate limit, and outside logging, error mapping
 * and the response limits (see docs/RELIABILITY.md for the whole order):
 *
 * <pre>{@code
 * builder.addPolicy((request, next) ->
 *     next.process(request.toBuilder().header("X-Correlation-Id", correlationId()).build()));
 * }</pre>
 */
@FunctionalInterface
public interface HttpPipelinePolicy {

  /**
   * @param request the request so far
   * @param next the rest of the pipeline
   * @return the response
   * @throws io.secplat.core.error.ApiException for a failure, typed by its meaning
   */
  HttpResponse process(HttpRequest request, Next next);

  /** The rest of the pipeline, after this policy. */
  @FunctionalInterface
  interface Next {
    /**
     * @param request the request to send on
     * @return the response
     */
    HttpResponse process(HttpRequest request);
  }
}
