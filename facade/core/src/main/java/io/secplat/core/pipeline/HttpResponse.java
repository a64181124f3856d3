package io.secplat.core.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response as the pipeline sees it: status, headers and the body, either read whole (within
 * the client's limits) or, for streamed operations, still arriving. Closing releases the
 * connection of a streamed body; closing a read one does nothing.
 */
public final class HttpResponse implements AutoCloseable {
  private final HttpRequest request;
  private final int status;
  private final Map<String, List<String>> headers;
  private final List<byte[]> chunks;
  private final long length;
  private final InputStream stream;
  private volatile byte[] bytes;

  private HttpResponse(HttpRequest request, int status, Map<String, List<String>> headers, List<byte[]> chunks,
      InputStream stream) {
    this.request = request;
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      if (name != null) {
        copy.put(name, List.copyOf(values));
      }
    });
    this.headers = Collections.unmodifiableMap(copy);
    this.chunks = chunks;
    this.length = chunks == null ? -1 : chunks.stream().mapToLong(c -> c.length).sum();
    this.bytes = chunks != null && chunks.size() == 1 ? chunks.get(0) : null;
    this.stream = stream;
  }

  /**
   * @param request the request answered
   * @param status the HTTP status
   * @param headers the headers
   * @param body the whole body (empty for none)
   * @return a response whose body was read
   */
  public static HttpResponse read(HttpRequest request, int status, Map<String, List<String>> headers, byte[] body) {
    return new HttpResponse(request, status, headers, List.of(body), null);
  }

  /**
   * @param request the request answered
   * @param status the HTTP status
   * @param headers the headers
   * @param chunks the whole body in the pieces it was read in (never joined unless asked)
   * @return a response whose body was read
   */
  static HttpResponse read(HttpRequest request, int status, Map<String, List<String>> headers, List<byte[]> chunks) {
    return new HttpResponse(request, status, headers, List.copyOf(chunks), null);
  }

  /**
   * @param request the request answered
   * @param status the HTTP status
   * @param headers the headers
   * @param body the body, still arriving; the response owns it
   * @return a response whose body streams
   */
  public static HttpResponse streamed(HttpRequest request, int status, Map<String, List<String>> headers,
      InputStream body) {
    return new HttpResponse(request, status, headers, null, body);
  }

  /** @return the request this answers */
  public HttpRequest request() {
    return request;
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return true for 2xx */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** @return every header, names case-insensitive */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, any case
   * @return its first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** @return true when the body streams ({@link #stream()}), false when it was read ({@link #bytes()}) */
  public boolean isStreamed() {
    return stream != null;
  }

  /**
   * @return the whole body (not a copy: do not change it)
   * @throws IllegalStateException for a streamed body
   */
  public byte[] bytes() {
    if (chunks == null) {
      throw new IllegalStateException("the body of " + request + " streams: use stream()");
    }
    byte[] joined = bytes;
    if (joined == null) {
      joined = new byte[(int) length];
      int at = 0;
      for (byte[] chunk : chunks) {
        System.arraycopy(chunk, 0, joined, at, chunk.length);
        at += chunk.length;
      }
      bytes = joined;
    }
    return joined;
  }

  /** @return the length of a body that was read, or -1 for a streamed one */
  public long length() {
    return length;
  }

  /**
   * @return the body as a stream: the live one of a streamed body, else one over the pieces read
   *     (no copy of the whole body is made)
   */
  public InputStream stream() {
    if (stream != null) {
      return stream;
    }
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    return new java.io.SequenceInputStream(java.util.Collections.enumeration(
        chunks.stream().map(ByteArrayInputStream::new).collect(java.util.stream.Collectors.toList())));
  }

  /**
   * @param request the request to name instead (a policy that changed it)
   * @return this response, answering that request
   */
  public HttpResponse withRequest(HttpRequest request) {
    return new HttpResponse(request, status, headers, chunks, stream);
  }

  /** Releases a streamed body's connection. */
  @Override
  public void close() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // closing is best effort: the connection is dropped either way
      }
    }
  }

  @Override
  public String toString() {
    return "HttpResponse{" + status + " for " + request + '}';
  }
}
