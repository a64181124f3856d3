package io.secplat.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import feign.RequestLine;

import io.secplat.core.ClientSettings;
import io.secplat.core.HttpLogLevel;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Streamed bodies reach the caller while the server is still sending, at every log level, and
 * error statuses throw like any other call. The server is a raw socket that sends the first CSV
 * line, then waits until the test has read it before sending the rest.
 */
class StreamedBodyTest {
  interface Reports {
    @RequestLine("GET /report.csv")
    InputStream report();
  }

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch firstLineRead = new CountDownLatch(1);
  private final List<String> requestLines = new ArrayList<>();
  private ServerSocket server;

  @BeforeEach
  void open() throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void close() throws IOException {
    firstLineRead.countDown();
    server.close();
    executor.shutdownNow();
  }

  @Test
  void theCallerReadsTheFirstLineBeforeTheServerHasSentTheRest() throws Exception {
    Future<?> serving = serve(List.of(this::csvInTwoHalves));
    assertStreams(HttpLogLevel.NONE, serving);
  }

  @Test
  void loggingEveryLevelNeverReadsAStreamedDocument() throws Exception {
    Logger http = (Logger) LoggerFactory.getLogger("io.secplat.http");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    http.addAppender(lines);
    Level previous = http.getLevel();
    http.setLevel(Level.DEBUG);
    try {
      Future<?> serving = serve(List.of(this::csvInTwoHalves));
      assertStreams(HttpLogLevel.FULL, serving);
    } finally {
      http.detachAppender(lines);
      http.setLevel(previous);
    }
    assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.endsWith("<--- END HTTP (text/csv body streamed to the caller, not logged)"))
        .anyMatch(line -> line.contains("GET http://127.0.0.1:"))
        .noneMatch(line -> line.contains("node01"));
  }

  @Test
  void anErrorStatusThrowsTheSuitesExceptionAndClosesTheConnection() throws Exception {
    serve(List.of(out -> respond(out, "404 Not Found", "application/json", "{\"code\":\"NF\",\"message\":\"no report\"}")));
    Reports reports = stack(HttpLogLevel.BASIC, RetryPolicy.none()).target(Reports.class);

    assertThatThrownBy(reports::report).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.errorCode()).contains("NF");
      assertThat(e.getMessage()).isEqualTo("Testvendor GET /report.csv answered HTTP 404 [NF]: no report");
    });
  }

  @Test
  void aStreamedReadIsRetriedOnAServerErrorLikeAnyRead() throws Exception {
    serve(List.of(out -> respond(out, "503 Service Unavailable", "application/json", "{}"),
        out -> respond(out, "200 OK", "text/csv", "a,b\n1,2\n")));
    Reports reports = stack(HttpLogLevel.NONE,
        RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build()).target(Reports.class);

    try (InputStream body = reports.report()) {
      assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
    }
    assertThat(requestLines).containsExactly("GET /report.csv HTTP/1.1", "GET /report.csv HTTP/1.1");
  }

  private void assertStreams(HttpLogLevel level, Future<?> serving) throws Exception {
    Reports reports = stack(level, RetryPolicy.none()).target(Reports.class);
    try (BufferedReader csv = new BufferedReader(new InputStreamReader(
        reports.report(), StandardCharsets.UTF_8))) {
      // the server holds back everything after the first line until this line has been read
      assertThat(csv.readLine()).isEqualTo("\"ID\",\"Node\"");
      assertThat(serving.isDone()).isFalse();
      firstLineRead.countDown();
      assertThat(csv.readLine()).isEqualTo("\"1\",\"node01\"");
      assertThat(csv.readLine()).isNull();
    }
    serving.get(5, TimeUnit.SECONDS);
  }

  /** Sends the header line, waits for the test to read it, then sends the rest (chunked, no length). */
  private void csvInTwoHalves(OutputStream out) throws Exception {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    chunk(out, "\"ID\",\"Node\"\n");
    out.flush();
    if (!firstLineRead.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the client did not read the first line while the rest was held back");
    }
    chunk(out, "\"1\",\"node01\"\n");
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static void respond(OutputStream out, String status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  interface Exchange {
    void respond(OutputStream out) throws Exception;
  }

  /** Accepts one connection per exchange, reads the request head, and answers. */
  private Future<?> serve(List<Exchange> exchanges) {
    return executor.submit(() -> {
      for (Exchange exchange : exchanges) {
        try (Socket socket = server.accept()) {
          BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
          requestLines.add(request.readLine());
          String header;
          while ((header = request.readLine()) != null && !header.isEmpty()) {
            // the head is read; requests carry no body
          }
          exchange.respond(socket.getOutputStream());
        }
      }
      return null;
    });
  }

  private HttpStack stack(HttpLogLevel level, RetryPolicy retry) {
    ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + server.getLocalPort()),
        Duration.ofSeconds(2), Duration.ofSeconds(10), retry, "test-agent/1", level);
    return new HttpStack(settings, new HttpStackTest.TestVendor(),
        template -> template.header("Authorization", "TOKEN " + HttpStackTest.SECRET), List.of(Secret.of(HttpStackTest.SECRET)));
  }
}
