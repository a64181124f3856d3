package io.secplat.core.pipeline;

import io.secplat.core.error.ErrorDetails;
import io.secplat.core.error.ResponseTooLargeException;
import io.secplat.core.http.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Bounds what a response can cost: a gzip body is inflated here (the client asks for gzip), and a
 * body that is not streamed to the caller is read whole, up to {@code maxResponseBytes} after
 * decompression; one byte more drops what was read, closes the connection and throws
 * {@link ResponseTooLargeException}. Error bodies are read up to 64 KiB (enough for a message).
 * A streamed body (reports) is only inflated: its reads are bounded by the idle timeout.
 */
final class LimitsPolicy implements HttpPipelinePolicy {
  /** Error bodies are read up to this size; the rest is not needed for a message. */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private final long maxResponseBytes;
  private final String vendor;
  private final Redactor redactor;
  private final RequestIds requestIds;

  LimitsPolicy(long maxResponseBytes, String vendor, Redactor redactor, RequestIds requestIds) {
    this.maxResponseBytes = maxResponseBytes;
    this.vendor = vendor;
    this.redactor = redactor;
    this.requestIds = requestIds;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) {
    HttpRequest asked = request.header("Accept-Encoding") == null
        ? request.toBuilder().header("Accept-Encoding", "gzip").build() : request;
    HttpResponse response = next.process(asked);
    if (!response.isStreamed()) {
      return response;
    }
    InputStream body = response.stream();
    try {
      if ("gzip".equalsIgnoreCase(String.valueOf(response.header("Content-Encoding")).trim())) {
        body = new GZIPInputStream(body, 8192);
      }
      if (response.isSuccess() && request.operation().streamed()) {
        return HttpResponse.streamed(request, response.status(), response.headers(), body);
      }
      long limit = response.isSuccess() ? maxResponseBytes : MAX_ERROR_BODY;
      return HttpResponse.read(request, response.status(), response.headers(), readUpTo(body, limit, response));
    } catch (IOException e) {
      close(body);
      throw Failures.transport(vendor, request, response.status(), requestIds.of(response), e, redactor);
    } catch (RuntimeException e) {
      close(body);
      throw e;
    }
  }

  /**
   * Reads the body in pieces of at most 64 KiB, never joined here: holding a body at the limit
   * costs the limit, not twice it.
   */
  private java.util.List<byte[]> readUpTo(InputStream body, long limit, HttpResponse response) throws IOException {
    java.util.List<byte[]> chunks = new java.util.ArrayList<>();
    long total = 0;
    try (InputStream in = body) {
      while (true) {
        byte[] chunk = in.readNBytes(64 * 1024);
        if (chunk.length == 0) {
          return chunks;
        }
        total += chunk.length;
        if (total > limit) {
          if (!response.isSuccess()) {
            chunks.add(java.util.Arrays.copyOf(chunk, (int) (chunk.length - (total - limit))));
            return chunks;
          }
          chunks.clear();
          throw new ResponseTooLargeException(new ErrorDetails(vendor, response.request().method(),
              response.request().path(), response.status(), null, null, requestIds.of(response), null),
              response.request().operation().name(), limit);
        }
        chunks.add(chunk);
      }
    }
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // the connection is dropped either way
    }
  }

  @Override
  public String toString() {
    return "LimitsPolicy{maxResponseBytes=" + maxResponseBytes + '}';
  }
}
