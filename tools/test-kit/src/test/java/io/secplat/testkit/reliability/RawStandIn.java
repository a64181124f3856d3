package io.secplat.testkit.reliability;

import io.secplat.core.pipeline.RawServer;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.reliability.VendorCase.Kind;
import io.secplat.testkit.reliability.VendorCase.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A raw-socket server on 127.0.0.1 standing in for the mock in one fault-matrix cell, for a fault
 * that must come out the same way on every run: the first request for the cell's operation gets
 * the fault; a later one (the retry) gets the mock's own answer to the same operation, recorded
 * from the cell's healthy call. Any other request is answered 500, which fails the cell.
 */
final class RawStandIn implements AutoCloseable {
  /** The mock's answer to the operation, replayed to the retry. */
  record Answer(int status, byte[] body) {
    /**
     * @return the mock's latest answer to a read's or safe write's healthy call, or null for a
     *     mutation (its healthy call was the vendor's read, and a mutation is never repeated)
     */
    static Answer latest(MockProviders mocks, Op op) {
      if (op.kind() == Kind.WRITE) {
        return null;
      }
      // newest first
      return mocks.server().getAllServeEvents().stream()
          .filter(event -> event.getRequest().getMethod().value().equals(op.method())
              && java.net.URI.create(event.getRequest().getUrl()).getRawPath().equals(op.path()))
          .findFirst()
          .map(event -> new Answer(event.getResponse().getStatus(), event.getResponse().getBody()))
          .orElseThrow(() -> new IllegalStateException("the mock recorded no answer to " + op));
    }
  }

  private final RawServer server;
  private final Op op;

  /**
   * @param op the cell's operation
   * @param fault what the first request for it gets
   * @param answer what later ones get, or null to answer them 500
   * @throws IOException when no port can be bound
   */
  RawStandIn(Op op, RawServer.Behaviour fault, Answer answer) throws IOException {
    this.op = op;
    java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
    this.server = new RawServer((out, head) -> {
      if (!isOp(head)) {
        out.write(RawServer.response("500 Internal Server Error", "", "not the cell's operation".getBytes(StandardCharsets.UTF_8)));
      } else if (seen.incrementAndGet() == 1) {
        fault.respond(out, head);
      } else if (answer != null) {
        out.write(RawServer.response(answer.status() + " Recorded", "Content-Type: application/json\r\n",
            answer.body() == null ? new byte[0] : answer.body()));
      } else {
        out.write(RawServer.response("500 Internal Server Error", "", "a mutation repeated".getBytes(StandardCharsets.UTF_8)));
      }
    });
  }

  /**
   * A 200 whose body is cut off in transit: the head promises 1,024 bytes more than are sent, the
   * first bytes of a JSON document go out and are flushed, then the server closes the connection.
   *
   * @param jsonPrefix the bytes sent
   * @param requestId the X-Request-Id the head carries
   * @return the behaviour
   */
  static RawServer.Behaviour truncatedBody(String jsonPrefix, String requestId) {
    byte[] sent = jsonPrefix.getBytes(StandardCharsets.UTF_8);
    return (out, head) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (sent.length + 1024)
          + "\r\nX-Request-Id: " + requestId + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(sent);
      out.flush();
      // RawServer closes the connection when the behaviour returns
    };
  }

  /** @return the base URL */
  String url() {
    return server.url();
  }

  /** @return how many requests for the operation arrived */
  int requests() {
    return (int) server.heads().stream().filter(this::isOp).count();
  }

  private boolean isOp(String head) {
    String[] requestLine = head.substring(0, head.indexOf('\n')).split(" ");
    String target = requestLine.length > 1 ? requestLine[1] : "";
    int query = target.indexOf('?');
    return requestLine[0].equals(op.method()) && (query < 0 ? target : target.substring(0, query)).equals(op.path());
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
