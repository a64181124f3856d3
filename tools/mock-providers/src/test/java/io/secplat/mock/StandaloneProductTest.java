package io.secplat.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.veza.VezaMock;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standalone mock providers as other teams use them: reset, state listing, bind address, busy port. */
class StandaloneProductTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static MockProviders mocks;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock(), new VezaMock());
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  private static HttpResponse<String> send(String method, String path, String auth) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mocks.baseUrl() + path))
        .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
        .header("Content-Type", "application/json");
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int savedQuery(String id) throws Exception {
    return send("GET", "/api/v1/assessments/queries/" + id, "Bearer k").statusCode();
  }

  @Test
  void postSecplatResetRestoresEverySeededStateAndRemovesFaults() throws Exception {
    mocks.applyState("saved query q-reset exists");
    mocks.faults().always("/api/apps/.*", MockFault.status(503));
    assertThat(savedQuery("q-reset")).isEqualTo(200);

    HttpResponse<String> reset = send("POST", "/_secplat/reset", null);

    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(savedQuery("q-reset")).isEqualTo(404);
    assertThat(send("GET", "/api/apps/app-1/environments", "TOKEN t").statusCode()).isEqualTo(200);
  }

  @Test
  void wireMocksOwnResetsLeaveEveryVendorServingItsSeed() throws Exception {
    mocks.applyState("saved query q-wm exists");

    assertThat(send("POST", "/__admin/reset", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/apps/app-1/environments", "TOKEN t").statusCode()).isEqualTo(200);
    assertThat(savedQuery("q-wm")).isEqualTo(404);

    assertThat(send("POST", "/__admin/mappings/reset", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/apps/app-1/environments", "TOKEN t").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/_pact/provider-states", null).statusCode()).isEqualTo(200);
  }

  @Test
  void getProviderStatesListsEveryVendorsStates() throws Exception {
    HttpResponse<String> states = send("GET", "/_pact/provider-states", null);

    assertThat(states.statusCode()).isEqualTo(200);
    assertThat(states.body()).contains("{\"vendor\":\"britive\",\"pattern\":\"environment (\\\\S+) exists\"}")
        .contains("{\"vendor\":\"veza\",\"pattern\":\"saved query (\\\\S+) exists\"}");
    assertThat(mocks.providerStates().get("veza")).contains("saved query (\\S+) exists");
  }

  @Test
  void bindsToTheAddressItIsGiven() throws Exception {
    try (MockProviders other = MockProviders.start("127.0.0.2", 0, new BritiveMock())) {
      assertThat(other.baseUrl()).startsWith("http://127.0.0.2:");
      HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(other.baseUrl() + "/api/apps/app-1/environments"))
          .header("Authorization", "TOKEN t").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    }
    assertThatThrownBy(() -> MockProviders.start("192.0.2.1", 0, new BritiveMock()))
        .isInstanceOf(MockStartException.class).hasMessageStartingWith("cannot listen on 192.0.2.1:0: the address cannot be bound");
  }

  @Test
  void aBusyPortIsOneLineOnStandardErrorAndExitCode2() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = busy.getLocalPort();
      assertThatThrownBy(() -> MockProviders.start(port, new BritiveMock()))
          .isInstanceOf(MockStartException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + port + ": the port is already in use");

      Process main = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
          "-cp", System.getProperty("java.class.path"), MockProvidersMain.class.getName(),
          "--port", Integer.toString(port), "--vendor", "britive")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(main.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String stderr = new String(main.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(main.exitValue()).isEqualTo(2);
      assertThat(stderr.lines().filter(line -> line.startsWith("error: "))).containsExactly(
          "error: cannot listen on 127.0.0.1:" + port + ": the port is already in use");
      assertThat(stderr).doesNotContain("\tat ");
    }
  }
}
