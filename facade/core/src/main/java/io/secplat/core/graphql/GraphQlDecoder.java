package io.secplat.core.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.http.Redactor;
import io.secplat.core.http.VendorProfile;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decodes every response of a client; a {@link GraphQlResponse} whose {@code errors} are not
 * empty becomes the suite's exception right here, inside the call, so that the retry policy sees
 * a rate-limit error in an HTTP 200 exactly as it sees an HTTP 429. Other types pass through to
 * the delegate.
 */
public final class GraphQlDecoder implements Decoder {
  private final Decoder delegate;
  private final VendorProfile vendor;
  private final Redactor redactor;
  private final ObjectMapper json;

  /**
   * @param delegate decodes JSON bodies
   * @param vendor the vendor, for names and request-id headers
   * @param redactor scrubs credentials out of server messages
   * @param json reads the operation name back from the request body
   */
  public GraphQlDecoder(Decoder delegate, VendorProfile vendor, Redactor redactor, ObjectMapper json) {
    this.delegate = delegate;
    this.vendor = vendor;
    this.redactor = redactor;
    this.json = json;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    Object decoded = delegate.decode(response, type);
    if (type != GraphQlResponse.class) {
      return decoded;
    }
    GraphQlResponse body = (GraphQlResponse) decoded;
    if (body != null && body.hasErrors()) {
      List<GraphQlError> scrubbed = body.errors().stream()
          .map(e -> new GraphQlError(redactor.scrub(e.message()), e.path(), e.extensions()))
          .collect(Collectors.toList());
      throw GraphQlErrors.toException(where(response), operationName(response.request()), scrubbed);
    }
    if (body == null || body.data() == null || !body.data().isObject()) {
      throw new DecodeException(response.status(), "a GraphQL response without errors must carry a data object",
          response.request());
    }
    return body;
  }

  private ErrorDetails where(Response response) {
    Request request = response.request();
    String path;
    try {
      path = URI.create(request.url()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = "?";
    }
    return new ErrorDetails(vendor.name(), request.httpMethod().name(), path == null || path.isEmpty() ? "/" : path,
        response.status(), null, null, requestId(response.headers()), null);
  }

  private String requestId(Map<String, Collection<String>> headers) {
    for (String name : vendor.requestIdHeaders()) {
      for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
        if (name.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
          return header.getValue().iterator().next();
        }
      }
    }
    return null;
  }

  private String operationName(Request request) {
    if (request.body() == null) {
      return null;
    }
    try {
      String name = json.readTree(request.body()).path("operationName").asText(null);
      return name == null || name.isBlank() ? null : name;
    } catch (IOException e) {
      return null;
    }
  }
}
