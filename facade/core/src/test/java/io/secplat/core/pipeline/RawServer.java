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
      skipBody(in, head.toString());
      requests.incrementAndGet();
      heads.add(head.toString());
      behaviour.respond(c.getOutputStream(), head.toString());
      c.getOutputStream().flush();
    } catch (Exception dropped) {
      // the behaviour ended the connection
    }
  }

  /**
   * Reads the request's body (by its Content-Length, at most 16 MiB) before the behaviour answers:
   * closing a socket with unread bytes in it makes TCP reset the connection instead of ending it,
   * and the client could then lose the answer the behaviour wrote.
   */
  private static void skipBody(BufferedReader in, String head) throws IOException {
    long length = 0;
    for (String line : head.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
        length = Math.min(Long.parseLong(line.substring(colon + 1).trim()), 16L << 20);
      }
    }
    char[] buffer = new char[8192];
    // ISO-8859-1: one char per byte
    for (long left = length; left > 0; ) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        return;
      }
      left -= n;
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
