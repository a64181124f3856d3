package io.secplat.core.pipeline;

import io.secplat.core.ClientMetrics;
import io.secplat.core.error.ApiException;
import java.time.Duration;

/** Reports each exchange (each attempt) to the client's metrics: method, operation, status, time. */
final class MetricsPolicy implements HttpPipelinePolicy {
  private final ClientMetrics.Recorder recorder;

  MetricsPolicy(ClientMetrics.Recorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    long start = System.nanoTime();
    try {
      HttpResponse response = next.process(request);
      recorder.exchange(request.method(), request.operation().name(), response.status(),
          Duration.ofNanos(System.nanoTime() - start));
      return response;
    } catch (ApiException e) {
      recorder.exchange(request.method(), request.operation().name(), e.status(),
          Duration.ofNanos(System.nanoTime() - start));
      throw e;
    } catch (RuntimeException e) {
      recorder.exchange(request.method(), request.operation().name(), 0, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }
}
