package io.secplat.core.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.http.VendorProfile;
import io.secplat.core.http.VendorProfile.VendorError;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Turns every non-2xx response into the suite's exception for its meaning, through the vendor's
 * profile (its error body, its error codes). Everything taken from the response (code, message,
 * request id) is scrubbed of credentials and put on one line.
 */
final class ErrorMappingPolicy implements HttpPipelinePolicy {
  private final VendorProfile vendor;
  private final Supplier<ObjectMapper> json;
  private final RequestIds requestIds;
  private final Clock clock;

  ErrorMappingPolicy(VendorProfile vendor, Supplier<ObjectMapper> json, RequestIds requestIds, Clock clock) {
    this.vendor = vendor;
    this.json = json;
    this.requestIds = requestIds;
    this.clock = clock;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    HttpResponse response = next.process(request);
    if (response.isSuccess()) {
      return response;
    }
    response.close();
    byte[] body = response.isStreamed() ? new byte[0] : response.bytes();
    VendorError error = vendor.readError(response.status(), body, json.get());
    String requestId = requestIds.of(response);
    ErrorDetails details = new ErrorDetails(vendor.name(), request.method(), request.path(), response.status(),
        requestIds.clean(error.code()), requestIds.clean(error.message()),
        requestId != null ? requestId : requestIds.clean(error.requestId()),
        RetryAfter.parse(response.header("Retry-After"), clock));
    throw vendor.exceptionFor(details);
  }
}
