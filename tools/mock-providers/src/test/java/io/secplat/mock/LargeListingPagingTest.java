package io.secplat.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.guardian.GuardianMock;
import io.secplat.mock.veza.VezaMock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging through thousands of seeded items of the Veza and Guardian mocks over HTTP (issue 18:
 * pages are served by position, O(page)): every item comes exactly once and in creation order,
 * filtered listings too, and the walk ends. Every loop is bounded by a page count.
 */
class LargeListingPagingTest {
  private static final int N = 2_500;
  private static final int MAX_PAGES = 50;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final VezaMock VEZA = new VezaMock();
  private static final GuardianMock GUARDIAN = new GuardianMock();
  private static MockProviders mocks;
  private static List<String> seededQueryIds;
  private static List<Long> seededNodeIds;

  @BeforeAll
  static void seed() throws Exception {
    mocks = MockProviders.start(0, VEZA, GUARDIAN);
    seededQueryIds = vezaIds("");
    seededNodeIds = guardianIds("/api/v2/nodes.json", 1000);
    for (int i = 0; i < N; i++) {
      VEZA.applyState("saved query " + queryId(i) + " exists", Map.of());
    }
    for (int first = 0; first < N; first += 1000) {
      long last = nodeId(Math.min(N, first + 1000) - 1);
      GUARDIAN.applyState("node group 9 and nodes " + nodeId(first) + " to " + last + " exist", Map.of());
    }
    GUARDIAN.applyState("the organisation has 1200 login events", Map.of());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @Test
  void vezaSavedQueriesComeEachOnceInCreationOrder() throws Exception {
    List<String> expected = new ArrayList<>(seededQueryIds);
    IntStream.range(0, N).mapToObj(LargeListingPagingTest::queryId).forEach(expected::add);

    assertThat(vezaIds("")).containsExactlyElementsOf(expected);
  }

  @Test
  void aFilteredVezaListingPagesThroughItsMatchesOnly() throws Exception {
    List<String> expected = IntStream.range(0, N).mapToObj(LargeListingPagingTest::queryId)
        .filter(id -> id.endsWith("7")).toList();

    assertThat(vezaIds("&filter=" + URLEncoder.encode("id ew \"7\"", StandardCharsets.UTF_8)))
        .hasSize(N / 10).containsExactlyElementsOf(expected);
  }

  @Test
  void guardianNodesComeEachOnceInCreationOrder() throws Exception {
    List<Long> expected = new ArrayList<>(seededNodeIds);
    IntStream.range(0, N).mapToObj(LargeListingPagingTest::nodeId).forEach(expected::add);

    assertThat(guardianIds("/api/v2/nodes.json", 250)).containsExactlyElementsOf(expected);
  }

  @Test
  void guardianEventsAfterAnIdArePagedFromThatId() throws Exception {
    assertThat(guardianIds("/api/v2/events.json?view_name=bench", 500))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 1200).mapToObj(i -> (long) i).toList());
    assertThat(guardianIds("/api/v2/events.json?view_name=bench&last_event_id=1000", 70))
        .containsExactlyElementsOf(IntStream.rangeClosed(1001, 1200).mapToObj(i -> (long) i).toList());
  }

  private static String queryId(int i) {
    return String.format("00000000-0000-4000-9000-%012d", i);
  }

  private static long nodeId(int i) {
    return 500_000_000L + i;
  }

  /** Every saved query id, page by page (1,000 a page, Veza's largest), following the tokens. */
  private static List<String> vezaIds(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    String token = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode body = get("/api/v1/assessments/queries?page_size=1000" + query
          + (token.isEmpty() ? "" : "&page_token=" + token), "Bearer paging-test");
      body.get("values").forEach(value -> ids.add(value.get("id").asText()));
      if (!body.get("has_more").asBoolean()) {
        assertThat(body.get("next_page_token").asText()).isEmpty();
        return ids;
      }
      token = body.get("next_page_token").asText();
    }
    throw new AssertionError("the listing did not end within " + MAX_PAGES + " pages");
  }

  /** Every id of a Guardian listing, page by page, until a page shorter than per_page. */
  private static List<Long> guardianIds(String path, int perPage) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      JsonNode body = get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&per_page=" + perPage,
          "Token token=\"paging-test\"");
      body.forEach(item -> ids.add(item.get("id").asLong()));
      if (body.size() < perPage) {
        return ids;
      }
    }
    throw new AssertionError("the listing did not end within " + MAX_PAGES + " pages");
  }

  private static JsonNode get(String pathAndQuery, String authorization) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + pathAndQuery))
        .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s: %s", pathAndQuery, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
