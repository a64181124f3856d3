package io.secplat.core.pipeline;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.error.ErrorDetails;
import java.util.function.Supplier;

/**
 * Takes a permit from the client-side rate limiter (resilience4j) for each attempt, waiting up to
 * the policy's {@code maxWait}; without one the attempt fails unsent.
 */
final class RateLimitStep implements HttpPipelinePolicy {
  private final Supplier<RateLimiter> limiter;
  private final RateLimitPolicy limit;
  private final String vendor;

  /**
   * @param limiter the client's limiter, built by the first attempt (thread-safe, built once)
   * @param limit the policy, for the exception's message
   * @param vendor the vendor's name
   */
  RateLimitStep(Supplier<RateLimiter> limiter, RateLimitPolicy limit, String vendor) {
    this.limiter = limiter;
    this.limit = limit;
    this.vendor = vendor;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    if (!limiter.get().acquirePermission()) {
      throw new ClientRateLimitedException(
          new ErrorDetails(vendor, request.method(), request.path(), 0, null, null, null, null),
          limit.permits(), limit.period(), limit.maxWait());
    }
    return next.process(request);
  }
}
