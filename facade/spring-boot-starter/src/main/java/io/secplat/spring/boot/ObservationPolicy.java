package io.secplat.spring.boot;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.secplat.core.ClientBuilder;
import io.secplat.core.pipeline.HttpPipelinePolicy;
import io.secplat.core.pipeline.HttpRequest;
import io.secplat.core.pipeline.HttpResponse;
import org.springframework.beans.factory.BeanFactory;

/**
 * One Micrometer {@link Observation} named {@value #NAME} per attempt of a call (each HTTP
 * exchange, as HTTP client tracing does: a retried call shows one span per attempt), so Spring's
 * tracing shows a span per vendor call. Low-cardinality key values only: {@code vendor},
 * {@code client}, {@code operation} (the spec's operationId), {@code method} and {@code outcome}
 * (the status class such as {@code 2xx}, or the simple name of the exception thrown). Never the
 * URL, a path, an id, a header or a body. A failure is reported to the observation as a
 * {@link CallFailed} naming only the exception's class and status, because the suite's exception
 * messages name the path, which may hold ids.
 */
final class ObservationPolicy implements HttpPipelinePolicy {
  /** The observation's name. */
  static final String NAME = "secplat.client.call";

  private final ObservationRegistry registry;
  private final String vendor;
  private final String client;

  ObservationPolicy(ObservationRegistry registry, String vendor, String client) {
    this.registry = registry;
    this.vendor = vendor;
    this.client = client;
  }

  static <B extends ClientBuilder<B, C>, C> void addTo(B builder, BeanFactory beans, String vendor, String client) {
    ObservationRegistry registry = beans.getBeanProvider(ObservationRegistry.class).getIfUnique();
    if (registry != null && !registry.isNoop()) {
      builder.addPolicy(new ObservationPolicy(registry, vendor, client));
    }
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    String operation = request.operation().name();
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName(vendor + " " + operation)
        .lowCardinalityKeyValue("vendor", vendor)
        .lowCardinalityKeyValue("client", client)
        .lowCardinalityKeyValue("operation", operation)
        .lowCardinalityKeyValue("method", request.method())
        .start();
    try (Observation.Scope scope = observation.openScope()) {
      HttpResponse response = next.process(request);
      observation.lowCardinalityKeyValue("outcome", response.status() / 100 + "xx");
      return response;
    } catch (RuntimeException | Error e) {
      observation.lowCardinalityKeyValue("outcome", e.getClass().getSimpleName());
      observation.error(new CallFailed(e));
      throw e;
    } finally {
      observation.stop();
    }
  }

  /** What a failed observation carries: the exception's class and HTTP status, nothing else. */
  static final class CallFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallFailed(Throwable failure) {
      super(failure.getClass().getSimpleName()
          + (failure instanceof io.secplat.core.error.ApiException api && api.status() > 0 ? " (HTTP " + api.status() + ")" : ""),
          null, false, false);
    }
  }
}
