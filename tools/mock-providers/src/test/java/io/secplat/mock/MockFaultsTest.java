package io.secplat.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.secplat.mock.britive.BritiveMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MockFaultsTest {
  static final String PATH = "/api/apps/app-1/environments";
  final HttpClient http = HttpClient.newHttpClient();
  MockProviders mocks;

  @BeforeEach
  void start() {
    mocks = MockProviders.start(0, new BritiveMock());
  }

  @AfterEach
  void stop() {
    mocks.close();
  }

  HttpResponse<String> get(Duration timeout) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + PATH)).header("Authorization", "TOKEN t")
        .timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSequenceOfFaultsAnswersOneRequestEachThenServiceResumes() throws Exception {
    mocks.faults().next("/api/apps/.*", MockFault.status(429).retryAfter("2"), MockFault.status(503));

    HttpResponse<String> first = get(Duration.ofSeconds(5));
    assertThat(first.statusCode()).isEqualTo(429);
    assertThat(first.headers().firstValue("Retry-After")).contains("2");
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
  }

  /**
   * A POST: the mock speaks HTTP/1.1, and there the JDK client itself repeats a GET (not a POST)
   * whose connection dropped before any answer, so a GET would hide the fault.
   */
  HttpResponse<String> post() throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + PATH)).header("Authorization", "TOKEN t")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDroppedConnectionIsAnIoError() {
    mocks.faults().next("/api/apps/.*", MockFault.droppedConnection());
    assertThatThrownBy(this::post).isInstanceOf(IOException.class);
    assertThat(mocks.requestCount("POST", "/api/apps/.*")).isEqualTo(1);
  }

  @Test
  void aDelayedAnswerOutlastsAShortTimeout() {
    mocks.faults().next("/api/apps/.*", MockFault.status(200).body("[]").delay(Duration.ofMillis(1500)));
    assertThatThrownBy(() -> get(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void resetStateRemovesFaultsAndSeededStateApplies() throws Exception {
    mocks.faults().always("/api/apps/.*", MockFault.status(500));
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(500);
    mocks.resetState();
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);

    mocks.applyState("environment e-42 exists");
    assertThat(get(Duration.ofSeconds(5)).body()).contains("\"environmentId\":\"e-42\"");
    assertThatThrownBy(() -> mocks.applyState("the moon is cheese"))
        .hasMessage("no mock provider knows the state 'the moon is cheese'");
  }

  static final String PREFIX = "[{\"id\": \"e-1\"";

  @Test
  void aTruncatedBodyEndsBeforeItsContentLength() throws Exception {
    String seeded = get(Duration.ofSeconds(5)).body();
    mocks.resetRequestCounts();
    mocks.faults().next("/api/apps/.*", MockFault.truncatedBody(PREFIX).requestId("req-t"));

    // exactly these bytes, then the end of the stream (FIN, not a reset): 1,024 body bytes short
    assertThat(rawGet()).isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: req-t\r\n"
        + "Content-Length: 1037\r\nConnection: close\r\n\r\n" + PREFIX);
    assertThat(mocks.requestCount("GET", "/api/apps/.*")).isEqualTo(1);
    // the seeded state is unchanged: the next request gets the same answer as before the fault
    HttpResponse<String> after = get(Duration.ofSeconds(5));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).isEqualTo(seeded).contains("\"environmentId\"");
    assertThat(mocks.requestCount("GET", "/api/apps/.*")).isEqualTo(2);
  }

  @Test
  void theJdkClientReadsTheTruncatedBodysPrefixThenAnEofError() throws Exception {
    mocks.faults().next("/api/apps/.*", MockFault.truncatedBody(PREFIX).requestId("req-t"));
    // the JDK client asks for an h2c upgrade; the mock answers HTTP/1.1
    HttpResponse<InputStream> cut = http.send(HttpRequest.newBuilder(URI.create(mocks.baseUrl() + PATH))
        .header("Authorization", "TOKEN t").timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(cut.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(cut.statusCode()).isEqualTo(200);
    assertThat(cut.headers().firstValueAsLong("Content-Length")).hasValue(PREFIX.length() + 1024);
    assertThat(cut.headers().firstValue("X-Request-Id")).contains("req-t");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Throwable error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowable(() -> {
      try (InputStream in = cut.body()) {
        byte[] buffer = new byte[256];
        // bounded: the stream ends (or fails) within the 1,037 declared bytes
        for (int n, reads = 0; reads < 1037 && (n = in.read(buffer)) >= 0; reads++) {
          body.write(buffer, 0, n);
        }
      }
    }));
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(PREFIX);
    assertThat(error).isInstanceOf(IOException.class).hasRootCauseInstanceOf(java.io.EOFException.class)
        .hasStackTraceContaining("fixed content-length: 1037, bytes received: 13");
    assertThat(mocks.requestCount("GET", "/api/apps/.*")).isEqualTo(1);
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
  }

  /** A GET of {@link #PATH} on a raw socket: every byte the server sent until it closed. */
  String rawGet() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), mocks.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + mocks.port()
          + "\r\nAuthorization: TOKEN t\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void emptyAndMalformedBodiesAreComplete200s() throws Exception {
    mocks.faults().next("/api/apps/.*", MockFault.emptyBody().requestId("req-e"), MockFault.malformedJson());
    HttpResponse<String> empty = get(Duration.ofSeconds(5));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
    assertThat(empty.headers().firstValue("X-Request-Id")).contains("req-e");
    HttpResponse<String> malformed = get(Duration.ofSeconds(5));
    assertThat(malformed.statusCode()).isEqualTo(200);
    assertThat(malformed.body()).startsWith("{\"values\": [ this is not json");
  }

  @Test
  void theServerCountsEveryRequestItReceivedFaultedOrNot() throws Exception {
    mocks.faults().next("/api/apps/.*", MockFault.droppedConnection(), MockFault.status(503));
    assertThatThrownBy(this::post).isInstanceOf(IOException.class);
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(503);
    assertThat(get(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
    assertThat(mocks.requestCount("GET", "/api/apps/app-1/environments")).isEqualTo(2);
    assertThat(mocks.requestCount("POST", "/api/apps/.*")).isEqualTo(1);
    assertThat(mocks.requestCount("DELETE", "/api/apps/.*")).isZero();
    assertThat(mocks.requestLines()).containsExactly("POST " + PATH, "GET " + PATH, "GET " + PATH);
    mocks.resetRequestCounts();
    assertThat(mocks.requestCount("GET", "/api/apps/.*")).isZero();
  }
}
