package io.secplat.core.http;

import feign.Response;
import feign.Util;
import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.TransportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a successful response, read as it arrives from the network and never held in
 * memory whole: for reports (CSV, PDF) that can be far larger than the heap.
 *
 * <p>A façade declares such an operation with the return type {@link Response}; the
 * {@link HttpStack} turns an error status into the suite's exception before the response reaches
 * the façade (with retries for safe operations), so {@link #open} only sees 2xx. Closing the
 * stream releases the connection; the caller must close it. A failure while reading surfaces as
 * the {@link IOException} of {@link InputStream#read()}.
 *
 * <pre>{@code
 * try (InputStream csv = StreamedBody.open("Guardian", documents.changeReport("csv", query))) {
 *   csv.transferTo(Files.newOutputStream(target));
 * }
 * }</pre>
 */
public final class StreamedBody {
  private StreamedBody() {}

  /**
   * @param vendor the vendor's name, for the exception when the body cannot be opened
   * @param response a successful response whose body has not been read
   * @return its body as a stream the caller closes; an empty stream for a response without body
   * @throws TransportException when the body cannot be opened
   */
  public static InputStream open(String vendor, Response response) {
    if (response.body() == null) {
      return InputStream.nullInputStream();
    }
    InputStream body;
    try {
      body = response.body().asInputStream();
    } catch (IOException e) {
      Util.ensureClosed(response);
      RequestLocation location = RequestLocation.of(response.request());
      throw new TransportException(
          new ErrorDetails(vendor, location.method(), location.path(), 0, null, null, null, null), e);
    }
    return new FilterInputStream(body) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          Util.ensureClosed(response);
        }
      }
    };
  }

  /**
   * @param response a response
   * @return the media type of its body without parameters ({@code text/csv}), or null
   */
  static String mediaType(Response response) {
    for (var header : response.headers().entrySet()) {
      if ("Content-Type".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        String value = header.getValue().iterator().next();
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * Whether a body is a document to stream (CSV, PDF, binary) rather than a message to log: the
   * logger reads message bodies (JSON, XML, plain text, none declared) and leaves the rest alone.
   *
   * @param response a response
   * @return true when its body must not be read by anyone but the caller
   */
  static boolean isStreamedDocument(Response response) {
    String type = mediaType(response);
    if (type == null) {
      return false;
    }
    return !(type.contains("json") || type.contains("xml") || type.equals("text/plain") || type.equals("text/html"));
  }
}
