package io.secplat.mock.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Guardian mock takes the requests UpGuard Core's public callers send, as they send them
 * (see the x-evidence of specs/guardian/guardian.yaml): {@code ScriptRock/py-upguard} pages with
 * {@code page} from 1 and {@code per_page=50} and sends {@code Token token="<key><secret>"};
 * {@code napalm255/ansible-upguard} looks nodes and groups up by name, adds a node to a group
 * through {@code node_ids[]} and starts a scan with a {@code label}.
 */
class GuardianPublicCallersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static MockProviders mocks;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new GuardianMock());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
  }

  @Test
  void pyUpguardWalksNodesWithPerPage50UntilAShortPage() throws Exception {
    int total = 0;
    int pages = 0;
    for (int page = 1; page <= 50; page++) {
      HttpResponse<String> response = send("GET", "/api/v2/nodes.json?page=" + page + "&per_page=50");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode nodes = JSON.readTree(response.body());
      assertThat(nodes.isArray()).isTrue();
      total += nodes.size();
      pages++;
      if (nodes.size() < 50) {
        break;
      }
    }
    assertThat(pages).isLessThan(50);
    assertThat(total).isPositive();
  }

  @Test
  void pyUpguardListsEventsOfAViewWithItsDateRangeParameters() throws Exception {
    HttpResponse<String> response = send("GET",
        "/api/v2/events.json?view_name=Node%20Scans&start=2018-01-01&end=2018-02-01&page=1&per_page=50");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).isArray()).isTrue();
  }

  @Test
  void ansibleLooksUpANodeAddsItToAGroupAndStartsALabelledScan() throws Exception {
    JsonNode nodes = JSON.readTree(send("GET", "/api/v2/nodes.json?page=1&per_page=1").body());
    String name = nodes.get(0).get("name").asText();
    HttpResponse<String> node = send("GET", "/api/v2/nodes/lookup.json?name=" + name.replace(" ", "%20"));
    assertThat(node.statusCode()).as(node.body()).isEqualTo(200);
    long nodeId = JSON.readTree(node.body()).get("node_id").asLong();

    JsonNode groups = JSON.readTree(send("GET", "/api/v2/node_groups.json?page=1&per_page=1").body());
    long groupId = groups.get(0).get("id").asLong();
    HttpResponse<String> added = send("POST", "/api/v2/node_groups/" + groupId + "/add_nodes.json?node_ids%5B%5D=" + nodeId);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

    HttpResponse<String> scan = send("POST", "/api/v2/nodes/" + nodeId + "/start_scan.json?label=ansible");
    assertThat(scan.statusCode()).as(scan.body()).isEqualTo(201);
    assertThat(JSON.readTree(scan.body()).get("job_id").isIntegralNumber()).isTrue();
  }

  private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(mocks.baseUrl() + path))
        .header("Authorization", "Token token=\"apikey0001secret0001\"").header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
