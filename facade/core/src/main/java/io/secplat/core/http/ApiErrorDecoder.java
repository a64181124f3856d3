package io.secplat.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.http.VendorProfile.VendorError;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

/** Turns every non-2xx response into the suite's exception for its meaning. */
final class ApiErrorDecoder implements ErrorDecoder {
  /** Error bodies are read up to this size; the rest is not needed for a message. */
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final VendorProfile vendor;
  private final ObjectMapper json;
  private final Redactor redactor;
  private final Clock clock;

  ApiErrorDecoder(VendorProfile vendor, ObjectMapper json, Redactor redactor, Clock clock) {
    this.vendor = vendor;
    this.json = json;
    this.redactor = redactor;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    RequestLocation location = RequestLocation.of(response.request());
    VendorError error = vendor.readError(response.status(), readBody(response), json);
    ErrorDetails details = new ErrorDetails(
        vendor.name(),
        location.method(),
        location.path(),
        response.status(),
        redactor.scrub(error.code()),
        redactor.scrub(error.message()),
        requestId(response, error),
        RetryAfter.parse(firstHeader(response.headers(), "Retry-After"), clock));
    return vendor.exceptionFor(details);
  }

  private String requestId(Response response, VendorError error) {
    String header = firstHeader(response.headers(), vendor.requestIdHeaders().toArray(String[]::new));
    return header != null ? header : error.requestId();
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String firstHeader(Map<String, Collection<String>> headers, String... names) {
    for (String name : names) {
      for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
        if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
          return header.getValue().iterator().next();
        }
      }
    }
    return null;
  }
}
