package io.secplat.mock;

import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.veza.VezaMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark, not a test (issue 18): what a page of the Veza and Guardian mocks costs with 500 items
 * and with 100,000, over HTTP, in one run. Two embedded providers hold the small and the large
 * listing; each round asks both, in turns, for the first page and for a page deep in the listing
 * (offset n - 200) of Veza's saved queries and of Guardian's nodes, 100 items per page. It prints the
 * median time of each and the ratio large/small (O(page) paging keeps it near 1). Run from
 * tools/mock-providers after {@code package}:
 *
 * <pre>
 * java -cp target/test-classes:target/secplat-mock-providers-*-standalone.jar io.secplat.mock.MockPaging [large n] [rounds]
 * </pre>
 */
public final class MockPaging {
  private static final int SMALL = 500;
  private static final int PAGE = 100;
  private static final int NODES_PER_STATE = 1000;

  private MockPaging() {}

  /**
   * @param args the large n (100,000) and the rounds (100)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int large = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (MockProviders small = seeded(SMALL); MockProviders big = seeded(large)) {
      Map<String, long[][]> times = new LinkedHashMap<>();
      for (int warm = 0; warm < 2; warm++) {
        for (int round = 0; round < (warm == 0 ? Math.min(20, rounds) : rounds); round++) {
          int i = 0;
          for (MockProviders mocks : new MockProviders[] {small, big}) {
            int n = mocks == small ? SMALL : large;
            for (Map.Entry<String, HttpRequest> request : requests(mocks.baseUrl(), n).entrySet()) {
              long start = System.nanoTime();
              HttpResponse<byte[]> response = http.send(request.getValue(), HttpResponse.BodyHandlers.ofByteArray());
              long took = System.nanoTime() - start;
              if (response.statusCode() != 200) {
                throw new IllegalStateException(request.getKey() + ": " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
              }
              if (warm == 1) {
                times.computeIfAbsent(request.getKey(), k -> new long[2][rounds])[i][round] = took;
              }
            }
            i++;
          }
        }
      }
      System.out.printf("%-32s %12s %12s %8s%n", "page (100 items)", "n=" + SMALL, "n=" + large, "ratio");
      times.forEach((name, pair) -> {
        double a = median(pair[0]) / 1e6;
        double b = median(pair[1]) / 1e6;
        System.out.printf("%-32s %9.2f ms %9.2f ms %7.2fx%n", name, a, b, b / a);
      });
    }
  }

  /** Embedded Veza and Guardian mocks holding n saved queries and n nodes besides the seeded ones. */
  private static MockProviders seeded(int n) {
    VezaMock veza = new VezaMock();
    GuardianMock guardian = new GuardianMock();
    MockProviders mocks = MockProviders.start(0, veza, guardian);
    long seededAt = System.nanoTime();
    for (int i = 0; i < n; i++) {
      veza.applyState(String.format("saved query 00000000-0000-4000-9000-%012d exists", i), Map.of());
    }
    for (int first = 1; first <= n; first += NODES_PER_STATE) {
      guardian.applyState("node group 9 and nodes " + (100_000_000 + first) + " to "
          + (100_000_000 + Math.min(n, first + NODES_PER_STATE - 1)) + " exist", Map.of());
    }
    System.out.printf("seeded n=%d in %d ms%n", n, (System.nanoTime() - seededAt) / 1_000_000);
    return mocks;
  }

  private static Map<String, HttpRequest> requests(String base, int n) {
    Map<String, HttpRequest> requests = new LinkedHashMap<>();
    String deepToken = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("offset=" + (n - 200) + "&page=3").getBytes(StandardCharsets.US_ASCII));
    requests.put("Veza saved queries, first", veza(base + "/api/v1/assessments/queries?page_size=" + PAGE));
    requests.put("Veza saved queries, deep", veza(base + "/api/v1/assessments/queries?page_size=" + PAGE
        + "&page_token=" + deepToken));
    requests.put("Guardian nodes, first", guardian(base + "/api/v2/nodes.json?page=1&per_page=" + PAGE));
    requests.put("Guardian nodes, deep", guardian(base + "/api/v2/nodes.json?page=" + ((n - 200) / PAGE + 1)
        + "&per_page=" + PAGE));
    return requests;
  }

  private static HttpRequest veza(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer bench")
        .timeout(Duration.ofSeconds(60)).build();
  }

  private static HttpRequest guardian(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Token token=\"bench\"")
        .timeout(Duration.ofSeconds(60)).build();
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
