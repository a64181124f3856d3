package io.secplat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.secplat.core.Secret;
import io.secplat.jupiterone.JupiterOneClient;

/**
 * The façade's side of the peer benchmark (PeerRun): builds a {@link JupiterOneClient} and pages
 * every row of one J1QL query, as an application would. Prints {@code first-row} on standard output
 * as soon as the first row arrives, and {@code rows <n>} at the end.
 *
 * <pre>{@code java -cp benchmarks.jar io.secplat.bench.PeerFacade <base url> [j1ql]}</pre>
 */
public final class PeerFacade {
  private PeerFacade() {}

  /**
   * @param args the server's base URL, and the query (default {@code FIND cmdb_host})
   */
  public static void main(String[] args) {
    String query = args.length > 1 ? args[1] : "FIND cmdb_host";
    long rows = 0;
    try (JupiterOneClient j1 = JupiterOneClient.builder().baseUrl(args[0]).apiKey(Secret.of("bench-key"))
        .accountId("bench").build()) {
      for (JsonNode row : j1.query(query)) {
        if (row.path("id").isMissingNode()) {
          throw new IllegalStateException("row without id");
        }
        if (rows++ == 0) {
          System.out.println("first-row");
          System.out.flush();
        }
      }
    }
    System.out.println("rows " + rows);
  }
}
