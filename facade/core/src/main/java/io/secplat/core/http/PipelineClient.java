package io.secplat.core.http;

import feign.Client;
import feign.MethodMetadata;
import feign.Request;
import feign.Response;
import io.secplat.core.SafeToRepeat;
import io.secplat.core.pipeline.HttpRequest;
import io.secplat.core.pipeline.HttpResponse;
import io.secplat.core.pipeline.OperationInfo;
import io.secplat.core.pipeline.Pipeline;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Feign binding: Feign builds the request from a generated interface's annotations; this
 * hands it to the client's {@link Pipeline} (which owns retries, limits, errors and the wire) and
 * gives Feign back the answer to decode. An operation is safe to repeat when its method is
 * idempotent or the contract marks it: {@code x-safe-to-repeat: true} in the spec, carried into
 * the generated {@code XOperations} class, or {@link SafeToRepeat} on a hand-written interface
 * method. It streams when it returns an
 * {@link InputStream}.
 */
final class PipelineClient implements Client {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  /**
   * Per generated interface X, the methods its generated {@code XOperations} class names as safe to
   * repeat (the spec's {@code x-safe-to-repeat}; see generated-clients/templates); none without one.
   */
  private static final ClassValue<Set<String>> CONTRACT = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> api) {
      try {
        Class<?> operations = Class.forName(api.getName() + "Operations", true, api.getClassLoader());
        String names = (String) operations.getField("SAFE_TO_REPEAT").get(null);
        return Set.of(names.trim().isEmpty() ? new String[0] : names.trim().split("\\s+"));
      } catch (ReflectiveOperationException | ClassCastException notGenerated) {
        return Set.of();
      }
    }
  };

  private final Pipeline pipeline;
  private final boolean credentials;
  private final VendorProfile vendor;
  private final Map<Method, OperationInfo> operations = new ConcurrentHashMap<>();

  PipelineClient(Pipeline pipeline, boolean credentials, VendorProfile vendor) {
    this.pipeline = pipeline;
    this.credentials = credentials;
    this.vendor = vendor;
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    HttpRequest.Builder builder = HttpRequest.builder(request.httpMethod().name(), URI.create(request.url()))
        .body(request.body())
        .credentials(credentials)
        .operation(operation(request));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
      }
    }
    HttpResponse response = pipeline.send(builder.build());
    Response.Builder answer = Response.builder()
        .status(response.status())
        .reason("")
        .request(request)
        .headers(Map.copyOf(copy(response.headers())));
    return response.isStreamed() ? answer.body(response.stream(), null).build() : answer.body(response.stream(), (int) Math.min(Integer.MAX_VALUE, response.length())).build();
  }

  private static Map<String, Collection<String>> copy(Map<String, List<String>> headers) {
    Map<String, Collection<String>> copy = new java.util.HashMap<>();
    headers.forEach(copy::put);
    return copy;
  }

  private OperationInfo operation(Request request) {
    MethodMetadata metadata = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    if (metadata == null || metadata.method() == null) {
      return new OperationInfo("unknown", IDEMPOTENT.contains(request.httpMethod().name()), false);
    }
    return operations.computeIfAbsent(metadata.method(), method -> new OperationInfo(method.getName(),
        IDEMPOTENT.contains(request.httpMethod().name()) || method.isAnnotationPresent(SafeToRepeat.class)
            || CONTRACT.get(method.getDeclaringClass()).contains(method.getName()),
        method.getReturnType() == InputStream.class));
  }
}
