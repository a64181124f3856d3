package io.secplat.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.Response;
import feign.codec.Decoder;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Decodes 2xx bodies and names what cannot be decoded, with the response's request id:
 *
 * <ul>
 *   <li>a body that is not the promised JSON (malformed, or complete but cut short) is an
 *       {@link UndecodableResponseException};
 *   <li>an empty 200 where the operation promises a document is an
 *       {@link UndecodableResponseException} too, never a silent {@code null} (decision: the
 *       contract says a document comes back; a caller handed null would fail later and further
 *       from the cause). A 204, or a 201/202 without a body, still decodes to {@code null};
 *   <li>an I/O failure while the body is still arriving (the connection broke, the body was cut
 *       off in transit) is a {@link TransportException}, retryable like any transport failure,
 *       carrying the status and request id that did arrive.
 * </ul>
 */
final class BodyDecoder implements Decoder {
  private final Decoder delegate;
  private final io.secplat.core.pipeline.Pipeline pipeline;

  BodyDecoder(Decoder delegate, io.secplat.core.pipeline.Pipeline pipeline) {
    this.delegate = delegate;
    this.pipeline = pipeline;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type == java.io.InputStream.class) {
      // a streamed document: the caller reads and closes it
      return response.body() == null ? java.io.InputStream.nullInputStream() : response.body().asInputStream();
    }
    Object decoded;
    try {
      decoded = delegate.decode(response, type);
    } catch (JsonProcessingException malformed) {
      throw new UndecodableResponseException(details(response), malformed);
    } catch (IOException cutOff) {
      throw new TransportException(details(response), cutOff);
    }
    // only a 200 promises a document: 204 (and a 201 or 202 without one) legitimately carry none
    if (decoded == null && response.status() == 200 && type != void.class && type != Void.class) {
      throw new UndecodableResponseException(details(response), new IOException("the response body was empty"));
    }
    return decoded;
  }

  private ErrorDetails details(Response response) {
    RequestLocation location = RequestLocation.of(response.request());
    return new ErrorDetails(pipeline.vendor(), location.method(), location.path(), response.status(), null,
        null, requestId(response.headers()), null);
  }

  private String requestId(Map<String, Collection<String>> headers) {
    Map<String, java.util.List<String>> copy = new java.util.HashMap<>();
    headers.forEach((name, values) -> copy.put(name, java.util.List.copyOf(values)));
    io.secplat.core.pipeline.HttpResponse seen = io.secplat.core.pipeline.HttpResponse.read(
        io.secplat.core.pipeline.HttpRequest.builder("GET", java.net.URI.create("http://localhost/")).build(),
        200, copy, new byte[0]);
    return pipeline.where(seen).requestId();
  }
}
