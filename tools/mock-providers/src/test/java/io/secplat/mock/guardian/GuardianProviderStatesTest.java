package io.secplat.mock.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
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
 * Guardian's provider states through the standard endpoint, as a Pact verifier sets them: each
 * setup resets every vendor, then makes the state true; an unknown state answers 400.
 */
class GuardianProviderStatesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static MockProviders mocks;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, Vendors.all());
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
  void aStateSeedsWhatItNamesAndTheNextSetupStartsAfresh() throws Exception {
    assertThat(setUp("node group 1 holds nodes 312 and 313").statusCode()).isEqualTo(200);
    assertThat(get("/api/v2/node_groups/1/nodes.json").body()).extracting(node -> node.get("id").asLong())
        .containsExactly(312L, 313L);

    assertThat(setUp("the organisation has three changes").statusCode()).isEqualTo(200);
    assertThat(get("/api/v2/node_groups/1/nodes.json").body()).as("the documented members again").hasSize(3);
    assertThat(get("/api/v2/change_report.json?page=0&limit=10").body().get("diff_items")).hasSize(3);
  }

  @Test
  void listingsTheSpecDocumentsAsEmptyHoldWhatAStateSeeded() throws Exception {
    assertThat(get("/api/v2/jobs/1/tasks.json").body()).isEmpty();
    setUp("job 1 has run");
    assertThat(get("/api/v2/jobs/1/tasks.json").body()).singleElement()
        .satisfies(task -> assertThat(task.get("status").asText()).isEqualTo("success"));
    assertThat(get("/api/v2/jobs/1/tasks.json?status=failure").body()).isEmpty();

    setUp("ServiceNow synchronised change request 4 and incident 12");
    assertThat(get("/api/v2/change_requests/4.json").body().get("id").asLong()).isEqualTo(4);
    assertThat(get("/api/v2/incidents.json?page=1&per_page=20").body()).singleElement()
        .satisfies(incident -> assertThat(incident.get("id").asLong()).isEqualTo(12));
  }

  @Test
  void statesThatChangeAnAnswer() throws Exception {
    String check = "/api/v2/policies/1/add_file_check.json?section=files&file_path=/etc/motd&attr=contents&check=present"
        + "&expected=true";
    assertThat(post(check).statusCode()).isEqualTo(201);
    setUp("policy 1 has the file check section=files file_path=/etc/motd attr=contents check=present expected=true");
    assertThat(post(check).statusCode()).isEqualTo(204);

    assertThat(get("/api/v2/nodes/lookup.json?ssh_hostname=jenkins.company.com&ssh_username=guardian&ssh_port=2222")
        .statusCode()).isEqualTo(404);
    setUp("node prod01 is reached over SSH on port 2222");
    assertThat(get("/api/v2/nodes/lookup.json?ssh_hostname=jenkins.company.com&ssh_username=guardian&ssh_port=2222")
        .body().get("node_id").asLong()).isEqualTo(311);

    setUp("three active nodes");
    assertThat(get("/api/v2/nodes.json?status=active&page=1&per_page=20").body()).hasSize(3);
  }

  @Test
  void anUnknownStateIsRefusedByName() throws Exception {
    HttpResponse<String> response = setUp("node group 1 is on the moon");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("node group 1 is on the moon");
  }

  private static HttpResponse<String> setUp(String state) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(java.util.Map.of("state", state, "action", "setup"));
    return HTTP.send(HttpRequest.newBuilder(URI.create(mocks.stateChangeUrl())).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private record Reply(int statusCode, JsonNode body) {}

  private static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return send("GET", pathAndQuery);
  }

  private static Reply post(String pathAndQuery) throws IOException, InterruptedException {
    return send("POST", pathAndQuery);
  }

  private static Reply send(String method, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + pathAndQuery.replace(" ", "%20")))
        .header("Authorization", "Token token=\"test-keys\"").method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
  }
}
