package io.secplat.bench;

import java.io.IOException;

/**
 * The {@link LoopbackServer} as a process of its own, so that a client measured against it (the
 * façade, the CLI, the Node client) is alone in its process: {@code java -cp benchmarks.jar
 * io.secplat.bench.LoopbackMain [j1 rows] [threads]} prints its base URL on the first line and
 * serves until its standard input closes.
 */
public final class LoopbackMain {
  private LoopbackMain() {}

  /**
   * @param args the rows a J1QL query returns in all (default 100,000) and the handler threads
   *     (default 4)
   * @throws IOException when the server cannot bind
   */
  public static void main(String[] args) throws IOException {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    try (LoopbackServer server = LoopbackServer.start(threads)) {
      server.j1Total(rows);
      System.out.println(server.baseUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the parent closes our standard input
      }
    }
  }
}
