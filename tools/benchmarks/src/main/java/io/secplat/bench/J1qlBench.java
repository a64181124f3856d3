package io.secplat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The J1QL engine of the JupiterOne mock, first pages over HTTP as a client sees them (issue 20):
 * {@code FIND User} (and with a WITH filter) on 100,000 users against 500, and a two-hop traversal
 * over 100,000 entities and 200,000 relationships. Prints medians and the ratios docs/J1QL.md
 * quotes. Not a test: run it with tools/benchmarks/run-j1ql.sh.
 */
public final class J1qlBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String QUERY = "query J1QL($query: String!, $cursor: String) { queryV1(query: $query, cursor: $cursor) { type data cursor } }";

  private J1qlBench() {}

  /**
   * @param args [rounds] (default 200 timed requests per query, after as many warm-up requests)
   * @throws Exception when a request fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    JupiterOneMock smallMock = users(500);
    JupiterOneMock largeMock = users(100_000);
    try (MockProviders small = MockProviders.start(0, smallMock); MockProviders large = MockProviders.start(0, largeMock)) {
      for (String query : List.of("FIND User", "FIND User WITH active = true",
          "FIND User WITH username = 'bench-user-250'")) {
        double[] medians = interleaved(small.baseUrl(), large.baseUrl(), query, rounds);
        System.out.printf("%s, first page: 500 users %.2f ms, 100,000 users %.2f ms, ratio %.2f%n", query, medians[0],
            medians[1], medians[1] / medians[0]);
      }
      String deep = cursorAfter(large.baseUrl(), "FIND User", 399);
      double[] pages = interleaved(request(large.baseUrl(), "FIND User", null), request(large.baseUrl(), "FIND User", deep),
          "FIND User", rounds);
      System.out.printf("FIND User on 100,000 users: page 1 %.2f ms, page 400 %.2f ms, ratio %.2f%n", pages[0], pages[1],
          pages[1] / pages[0]);
    }
    double[] hops = twoHops(rounds);
    System.out.printf("two hops over 100,000 entities / 200,000 relationships, first page (250 rows): list %.2f ms, "
        + "table %.2f ms (target <= 100 ms)%n", hops[0], hops[1]);
  }

  private static JupiterOneMock users(int count) {
    JupiterOneMock mock = new JupiterOneMock();
    for (int i = 1; i <= count; i++) {
      mock.addEntity("bench-user-" + i, "bench_user", "User",
          Map.of("username", "bench-user-" + i, "active", i % 2 == 0, "displayName", "bench-user-" + i));
    }
    return mock;
  }

  /** The two servers in turns, request by request, so load on the machine falls on both alike. */
  private static double[] interleaved(String small, String large, String query, int rounds) throws Exception {
    return interleaved(request(small, query, null), request(large, query, null), query, rounds);
  }

  private static double[] interleaved(HttpRequest first, HttpRequest second, String query, int rounds) throws Exception {
    HttpRequest[] requests = {first, second};
    List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < 2 * rounds; i++) {
      for (int server = 0; server < 2; server++) {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(requests[server], HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        check(response, query);
        if (i >= rounds) {
          times.get(server).add(ms);
        }
      }
    }
    return new double[] {median(times.get(0)), median(times.get(1))};
  }

  private static double median(List<Double> times) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static HttpRequest request(String base, String query, String cursor) throws Exception {
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("query", query));
    if (cursor != null) {
      variables.put("cursor", cursor);
    }
    return HttpRequest.newBuilder(URI.create(base + "/graphql"))
        .header("Authorization", "Bearer bench").header("JupiterOne-Account", "bench")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", QUERY, "variables", variables))))
        .build();
  }

  /** Pages through a query and returns the cursor of page {@code pages + 1}. */
  private static String cursorAfter(String base, String query, int pages) throws Exception {
    String cursor = null;
    for (int page = 0; page < pages; page++) {
      HttpResponse<String> response = HTTP.send(request(base, query, cursor), HttpResponse.BodyHandlers.ofString());
      check(response, query);
      cursor = JSON.readTree(response.body()).path("data").path("queryV1").path("cursor").asText(null);
      if (cursor == null) {
        throw new IllegalStateException(query + " ended after " + (page + 1) + " pages");
      }
    }
    return cursor;
  }

  /** 40,000 users HAVE 2 of 20,000 groups; each group is ASSIGNED 6 of 40,000 roles. */
  private static double[] twoHops(int rounds) throws Exception {
    JupiterOneMock mock = new JupiterOneMock();
    try (MockProviders mocks = MockProviders.start(0, mock)) {
      String[] groups = new String[20_000];
      String[] roles = new String[40_000];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = mock.addEntity("g" + i, "bench_group", "UserGroup", Map.of());
      }
      for (int i = 0; i < roles.length; i++) {
        roles[i] = mock.addEntity("r" + i, "bench_role", "AccessRole", Map.of());
      }
      int relationships = 0;
      for (int i = 0; i < 40_000; i++) {
        String user = mock.addEntity("u" + i, "bench_user", "User", Map.of());
        for (int j = 0; j < 2; j++) {
          int group = (i * 2 + j) % groups.length;
          mock.addRelationship("u" + i + "|has|" + group, "bench_user_has_group", "HAS", user, groups[group], Map.of());
          relationships++;
        }
      }
      for (int g = 0; g < groups.length; g++) {
        for (int j = 0; j < 6; j++) {
          int role = (g * 6 + j) % roles.length;
          mock.addRelationship("g" + g + "|assigned|" + role, "bench_group_assigned_role", "ASSIGNED", groups[g],
              roles[role], Map.of());
          relationships++;
        }
      }
      if (relationships != 200_000) {
        throw new IllegalStateException("seeded " + relationships + " relationships");
      }
      double list = median(mocks.baseUrl(), "FIND bench_user THAT HAS bench_group THAT ASSIGNED bench_role", rounds);
      double table = median(mocks.baseUrl(),
          "FIND bench_user AS u THAT HAS bench_group AS g THAT ASSIGNED bench_role AS r RETURN u._key, g._key, r._key",
          rounds);
      return new double[] {list, table};
    }
  }

  /** Warms up with as many requests as it times, then returns the median time of one first page. */
  private static double median(String base, String query, int rounds) throws Exception {
    HttpRequest request = request(base, query, null);
    for (int i = 0; i < rounds; i++) {
      check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), query);
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      times.add((System.nanoTime() - start) / 1e6);
      check(response, query);
    }
    return median(times);
  }

  private static void check(HttpResponse<String> response, String query) throws Exception {
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() != 200 || body.has("errors") || body.path("data").path("queryV1").path("data").isEmpty()) {
      throw new IllegalStateException(query + " answered " + response.statusCode() + " " + response.body());
    }
  }
}
