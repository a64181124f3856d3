package io.secplat.core.http;

import feign.Client;
import feign.MethodMetadata;
import feign.Request;
import feign.Response;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.secplat.core.ClientMetrics;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.error.ErrorDetails;
import java.io.IOException;
import java.time.Duration;

/**
 * The last step before the wire, once per HTTP attempt: takes a permit from the client-side rate
 * limiter (if any) and reports the exchange to the client's metrics.
 */
final class MeasuredClient implements Client {
  private final Client delegate;
  private final String vendor;
  private final RateLimiter limiter;
  private final RateLimitPolicy limit;
  private final ClientMetrics.Recorder recorder;

  MeasuredClient(Client delegate, String vendor, RateLimiter limiter, RateLimitPolicy limit,
      ClientMetrics.Recorder recorder) {
    this.delegate = delegate;
    this.vendor = vendor;
    this.limiter = limiter;
    this.limit = limit;
    this.recorder = recorder;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (limiter != null && !limiter.acquirePermission()) {
      RequestLocation location = RequestLocation.of(request);
      throw new ClientRateLimitedException(
          new ErrorDetails(vendor, location.method(), location.path(), 0, null, null, null, null),
          limit.permits(), limit.period(), limit.maxWait());
    }
    String method = request.httpMethod().name();
    String operation = operation(request);
    long start = System.nanoTime();
    try {
      Response response = delegate.execute(request, options);
      recorder.exchange(method, operation, response.status(), Duration.ofNanos(System.nanoTime() - start));
      return response;
    } catch (IOException | RuntimeException e) {
      recorder.exchange(method, operation, 0, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  static String operation(Request request) {
    if (request.requestTemplate() == null) {
      return "unknown";
    }
    MethodMetadata metadata = request.requestTemplate().methodMetadata();
    return metadata == null || metadata.method() == null ? "unknown" : metadata.method().getName();
  }
}
