package io.secplat.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.FutureCallback;

/**
 * The raw-socket responder behind {@link MockFault#truncatedBody}: it answers a marked request
 * itself, on the connection's socket, with a 200 whose body ends before its {@code Content-Length}.
 * The bytes are, exactly: the status line, the stub's headers, {@code Content-Length:} the body's
 * length plus {@link #MISSING}, {@code Connection: close}, the blank line, the body (the JSON
 * prefix); then the server shuts the socket's output (FIN) and closes it.
 *
 * <h2>Why this is deterministic</h2>
 *
 * <p>The former version let WireMock write the body through Jetty and cut the connection from
 * inside the body's stream. It failed 2-3 runs in 60 because the JDK client upgrades a plain
 * connection to HTTP/2 ({@code Upgrade: h2c}) and WireMock accepted: the faulted answer then went
 * out as an HTTP/2 stream. When Jetty ran that stream on another pool thread than the connection's,
 * {@code HttpConnection.getCurrentConnection()} was null, nothing was cut, and WireMock's closing of
 * the output sent the rest of the body with end-of-stream: a complete 200 (measured: 2 of 150 fresh
 * servers, each time with a null connection; 148 cuts, each with one). Under HTTP/1.1 the body was
 * chunked, with no {@code Content-Length}, and what reached the client depended on what Jetty had
 * flushed before the close. Now:
 *
 * <ul>
 *   <li>The mock providers refuse the h2c upgrade ({@link MockProviders}), so every connection is
 *       HTTP/1.1 and Jetty's {@link HttpConnection} handles each request on the thread that parsed
 *       it; WireMock calls this listener on that thread, before its response phase (the only part
 *       that can move to another thread, for a delay). The connection is therefore always found.
 *   <li>No byte of the answer passes through Jetty's response (no output buffer, no chunking, no
 *       generator): the listener writes one buffer to the connection's {@link EndPoint}, waits until
 *       the endpoint has handed every byte to the kernel, then shuts the output and closes. What the
 *       client can ever read on this connection is that buffer followed by end of stream.
 *   <li>The head promises {@link #MISSING} bytes that exist nowhere in the server, so no ordering of
 *       threads can complete the body.
 *   <li>The listener runs after WireMock has recorded the request in its journal, so a test that
 *       counts requests after seeing the cut counts this one.
 *   <li>The stub's response is WireMock's {@code EMPTY_RESPONSE} fault: when WireMock's response
 *       phase runs, it closes the (already closed) connection and writes nothing.
 * </ul>
 *
 * <p>A standalone user marks a stub the same way through the admin API: {@code "fault":
 * "EMPTY_RESPONSE"}, {@code "body"}: the prefix, and {@code "transformerParameters":
 * {"secplat-truncated-body": true}}.
 */
final class TruncatedBody implements ServeEventListener {
  /** The extension's name, also the transformer parameter that marks a stub as this fault. */
  static final String NAME = "secplat-truncated-body";
  /** How many bytes the head promises beyond the body that is sent. */
  static final int MISSING = 1024;
  /** How long the socket may take to accept the answer (a few hundred bytes; a bound, not a wait). */
  private static final long WRITE_SECONDS = 10;
  /** Headers this responder writes itself. */
  private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "connection");

  @Override
  public String getName() {
    return NAME;
  }

  /** Global, because a fault is a response definition and cannot name a listener; it acts on marked stubs only. */
  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void beforeResponseSent(ServeEvent event, Parameters parameters) {
    ResponseDefinition definition = event.getResponseDefinition();
    if (definition == null || definition.getTransformerParameters() == null
        || !definition.getTransformerParameters().getBoolean(NAME, false)) {
      return;
    }
    byte[] answer = answer(definition);
    HttpConnection connection = HttpConnection.getCurrentConnection();
    if (connection == null) {
      throw new IllegalStateException("the truncated-body fault answers HTTP/1.1 only, and this request ("
          + event.getRequest().getProtocol() + ") is not on an HTTP/1.1 connection of this thread");
    }
    Integer delay = definition.getFixedDelayMilliseconds();
    EndPoint endPoint = connection.getEndPoint();
    try {
      if (delay != null && delay > 0) {
        Thread.sleep(delay);
      }
      FutureCallback written = new FutureCallback();
      endPoint.write(written, ByteBuffer.wrap(answer));
      written.get(WRITE_SECONDS, TimeUnit.SECONDS);
      endPoint.shutdownOutput();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // the client went away first: closing below is all that is left to do
    } finally {
      endPoint.close();
    }
  }

  /**
   * @param definition the stub's response: status, headers and body (the prefix)
   * @return the bytes sent: head with the promised Content-Length, then the body
   * @throws IllegalArgumentException when a header would split the head (CR or LF in it)
   */
  static byte[] answer(ResponseDefinition definition) {
    byte[] body = definition.specifiesBodyContent() ? definition.getByteBody() : new byte[0];
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(definition.getStatus()).append(' ')
        .append(HttpStatus.getMessage(definition.getStatus())).append("\r\n");
    if (definition.getHeaders() != null) {
      for (HttpHeader header : definition.getHeaders().all()) {
        if (OWN_HEADERS.contains(header.key().toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (String value : header.values()) {
          if ((header.key() + value).chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("header " + header.key() + " contains a line break");
          }
          head.append(header.key()).append(": ").append(value).append("\r\n");
        }
      }
    }
    head.append("Content-Length: ").append(body.length + MISSING).append("\r\nConnection: close\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
    bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(body);
    return bytes.toByteArray();
  }
}
