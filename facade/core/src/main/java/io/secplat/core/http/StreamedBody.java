package io.secplat.core.http;

/**
 * How a document (CSV, PDF) streams to the caller: a façade declares the operation with the
 * return type {@link java.io.InputStream}. The pipeline turns an error status into the suite's
 * exception before the stream reaches the façade (with retries for safe operations), so the
 * caller only ever reads a 2xx body, as it arrives and never held in memory whole. Each read
 * waits at most the read timeout for the next bytes; the caller must close the stream, which
 * releases the connection.
 *
 * <pre>{@code
 * @RequestLine("GET /reports/{id}.csv")
 * InputStream report(@Param("id") String id);
 *
 * try (InputStream csv = api.report(id)) {
 *   csv.transferTo(Files.newOutputStream(target));
 * }
 * }</pre>
 */
public final class StreamedBody {
  private StreamedBody() {}
}
