package io.secplat.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stores the mock providers give WireMock (issue 18) serve the stub WireMock's own would serve
 * and journal what WireMock's own would: a real WireMock server on loopback with {@link MockStores}.
 */
class MockStoresTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private WireMockServer server;

  @BeforeEach
  void start() {
    WireMockConfiguration config = options().dynamicPort().bindAddress("127.0.0.1").maxRequestJournalEntries(3)
        .stubRequestLoggingDisabled(true);
    config.withStores(new MockStores(config.filesRoot()));
    server = new WireMockServer(config);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theStubServedIsWireMocksChoiceByPriorityThenNewestFirst() throws Exception {
    server.stubFor(any(urlPathMatching("/api/.*")).atPriority(9).willReturn(aResponse().withBody("fallback")));
    server.stubFor(get(urlPathMatching("/api/things/[^/]+")).atPriority(5).willReturn(aResponse().withBody("old")));
    server.stubFor(get(urlPathMatching("/api/things/[^/]+")).atPriority(5).willReturn(aResponse().withBody("new")));
    server.stubFor(post(urlPathMatching("/api/things/[^/]+")).atPriority(1).willReturn(aResponse().withBody("post")));
    server.stubFor(request("GET_OR_HEAD", urlPathMatching("/api/heads")).atPriority(1)
        .willReturn(aResponse().withBody("get-or-head")));
    server.stubFor(get(urlEqualTo("/api/exact?x=1")).atPriority(1).willReturn(aResponse().withBody("exact")));
    server.stubFor(get(urlPathMatching("/api/(a|b)/z")).atPriority(1).willReturn(aResponse().withBody("a-or-b")));

    assertThat(body("GET", "/api/things/1?q=2")).isEqualTo("new");       // same priority: the newer stub
    assertThat(body("POST", "/api/things/1")).isEqualTo("post");
    assertThat(body("PUT", "/api/things/1")).isEqualTo("fallback");      // another method: only ANY matches
    assertThat(body("GET", "/api/heads")).isEqualTo("get-or-head");
    assertThat(body("GET", "/api/exact?x=1")).isEqualTo("exact");
    assertThat(body("GET", "/api/b/z")).isEqualTo("a-or-b");
    assertThat(body("GET", "/api/things/1/more")).isEqualTo("fallback"); // the regex must match all the path

    server.removeStub(server.getStubMappings().stream().filter(s -> "new".equals(s.getResponse().getBody()))
        .findFirst().orElseThrow());
    assertThat(body("GET", "/api/things/1")).isEqualTo("old");            // changes are seen at once
  }

  @Test
  void theBoundedJournalKeepsTheNewestRequests() throws Exception {
    server.stubFor(any(urlPathMatching("/j/.*")).willReturn(aResponse().withStatus(204)));
    for (int i = 1; i <= 5; i++) {
      http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/j/" + i)).build(), HttpResponse.BodyHandlers.discarding());
    }
    assertThat(server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).collect(Collectors.toList()))
        .containsExactly("/j/5", "/j/4", "/j/3");
    assertThat(server.getAllServeEvents()).allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo(204));
    server.resetRequests();
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  private String body(String method, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
