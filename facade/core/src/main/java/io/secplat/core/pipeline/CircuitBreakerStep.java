package io.secplat.core.pipeline;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.secplat.core.error.CircuitOpenException;
import io.secplat.core.error.ErrorDetails;
import java.util.function.Supplier;

/**
 * Each attempt passes the vendor's circuit breaker (resilience4j, one per client: it is the
 * vendor that fails, not a method); an open breaker fails the attempt without sending it. 5xx and
 * transport failures count against the vendor; client errors and rate limits do not.
 */
final class CircuitBreakerStep implements HttpPipelinePolicy {
  private final Supplier<CircuitBreaker> breakers;
  private final String vendor;

  /**
   * @param breaker the client's breaker, built by the first attempt (thread-safe, built once)
   * @param vendor the vendor's name
   */
  CircuitBreakerStep(Supplier<CircuitBreaker> breaker, String vendor) {
    this.breakers = breaker;
    this.vendor = vendor;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    CircuitBreaker breaker = breakers.get();
    if (!breaker.tryAcquirePermission()) {
      throw new CircuitOpenException(new ErrorDetails(vendor, request.method(), request.path(), 0, null, null, null,
          null), null);
    }
    long start = breaker.getCurrentTimestamp();
    try {
      HttpResponse response = next.process(request);
      breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
      return response;
    } catch (RuntimeException e) {
      breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
      throw e;
    }
  }

  @Override
  public String toString() {
    return "CircuitBreakerStep{" + vendor + '}';
  }
}
