package io.secplat.core.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile HTTP/1.1 server on 127.0.0.1 made of raw sockets: each request's head is read, then
 * the behaviour writes whatever it likes. Counts requests; closes everything when closed. Every
 * behaviour must end by itself within a bounded time.
 */
public final class RawServer implements AutoCloseable {
  /** What the server does with one request. */
  @FunctionalInterface
  public interface Behaviour {
    /**
     * @param out the connection's output
     * @param requestHead the request's head, lines joined by \n
     * @throws Exception to drop the connection
     */
    void respond(OutputStream out, String requestHead) throws Exception;
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-server");
    t.setDaemon(true);
    return t;
  });
  private final AtomicInteger requests = new AtomicInteger();
  private final java.util.List<String> heads = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * @param behaviour what to do with each request; the connection is closed after it
   * @throws IOException when no port can be bound
   */
  public RawServer(Behaviour behaviour) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.submit(() -> {
      while (!socket.isClosed()) {
        Socket connection;
        try {
          connection = socket.accept();
        } catch (IOException closed) {
          return;
        }
        threads.submit(() -> serve(connection, behaviour));
      }
    });
  }

  private void serve(Socket connection, Behaviour behaviour) {
    try (Socket c = connection) {
      c.setSoTimeout(10_000);
      BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
      StringBuilder head = new StringBuilder();
      for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
        head.append(line).append('\n');
      }
      if (head.length() == 0) {
        return;
      }
      requests.incrementAndGet();
      heads.add(head.toString());
      behaviour.respond(c.getOutputStream(), head.toString());
      c.getOutputStream().flush();
    } catch (Exception dropped) {
      // the behaviour ended the connection
    }
  }

  /** @return the base URL, {@code http://127.0.0.1:port} */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** @return how many requests arrived */
  public int requests() {
    return requests.get();
  }

  /** @return the heads of every request, in order */
  public java.util.List<String> heads() {
    return heads;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * @param status the status line's code and reason, for example {@code 200 OK}
   * @param headers extra header lines, each ending in CRLF
   * @param body the body
   * @return a complete response with Content-Length
   */
  public static byte[] response(String status, String headers, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Length: " + body.length + "\r\n" + headers
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }
}
