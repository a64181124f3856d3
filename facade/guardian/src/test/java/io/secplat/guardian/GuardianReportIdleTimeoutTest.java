package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.pipeline.RawServer;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A streamed Guardian report is bounded by an idle timeout, not by a total one (issue #15, item 3):
 * once no byte has arrived for the read timeout the caller's read ends with
 * {@link HttpTimeoutException}, while a report whose bytes keep coming faster than that completes
 * however long it takes in all, even past a call timeout. The servers are raw sockets on
 * 127.0.0.1; each ends by itself within a few seconds.
 */
class GuardianReportIdleTimeoutTest {
  static final Duration READ_TIMEOUT = Duration.ofMillis(300);
  /** How much later than the read timeout the read may end (scheduling on a busy machine). */
  static final long BOUND_MILLIS = 1000;
  /** The change report's CSV header line, the first bytes every server sends. */
  static final String HEADER = "\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"\n";
  static final String REPORT_PATH = "/api/v2/change_report.csv";

  @Test
  @Timeout(20)
  void aReportThatStallsEndsWithTheReadTimeoutOnceNoByteArrivesForThatLong() throws Exception {
    CountDownLatch testDone = new CountDownLatch(1);
    try (RawServer server = new RawServer((out, head) -> {
      // promises far more than it sends, sends the header line, then stalls (at most 5 s)
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"
          + HEADER).getBytes(StandardCharsets.UTF_8));
      out.flush();
      testDone.await(5, TimeUnit.SECONDS);
    });
        GuardianClient guardian = client(server.url(), Duration.ofMinutes(2));
        InputStream csv = guardian.changeReport().csv(ChangeReportOptions.defaults())) {
      assertThat(new String(csv.readNBytes(HEADER.length()), StandardCharsets.UTF_8)).isEqualTo(HEADER);

      long start = System.nanoTime();
      Throwable thrown = catchThrowable(csv::read);
      long millis = (System.nanoTime() - start) / 1_000_000;
      testDone.countDown();

      assertThat(thrown).isExactlyInstanceOf(HttpTimeoutException.class)
          .hasMessage("no byte of the body arrived for 300 ms (read timeout)");
      assertThat(millis).as("ms from the stalled read to its timeout")
          .isBetween(READ_TIMEOUT.toMillis(), READ_TIMEOUT.toMillis() + BOUND_MILLIS);
      assertThat(server.requests()).as("requests the server received (a stream is never repeated)").isEqualTo(1);
      assertThat(server.heads().get(0)).startsWith("GET " + REPORT_PATH);
    } finally {
      testDone.countDown();
    }
  }

  @Test
  @Timeout(20)
  void aReportWhoseBytesKeepComingCompletesLongPastTheReadTimeoutAndTheCallTimeout() throws Exception {
    int rows = 24;
    long gapMillis = 50;
    StringBuilder report = new StringBuilder(HEADER);
    for (int i = 1; i <= rows; i++) {
      report.append('"').append(i).append("\",\"node").append(i).append("\",\"[]\",\"[]\"\n");
    }
    byte[] body = report.toString().getBytes(StandardCharsets.UTF_8);
    try (RawServer server = new RawServer((out, head) -> {
      // the whole length up front, then the header line and one row every 50 ms: never idle for
      // the 300 ms read timeout, 1.2 s in all
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " + body.length
          + "\r\nConnection: close\r\n\r\n" + HEADER).getBytes(StandardCharsets.UTF_8));
      out.flush();
      for (int i = 1; i <= rows; i++) {
        Thread.sleep(gapMillis);
        out.write(("\"" + i + "\",\"node" + i + "\",\"[]\",\"[]\"\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    });
        // a call timeout (600 ms) shorter than the whole download: it does not bound a stream
        GuardianClient guardian = client(server.url(), Duration.ofMillis(600))) {
      long start = System.nanoTime();
      byte[] read;
      try (InputStream csv = guardian.changeReport().csv(ChangeReportOptions.defaults())) {
        read = csv.readAllBytes();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(new String(read, StandardCharsets.UTF_8)).isEqualTo(report.toString());
      assertThat(millis).as("ms the whole report took, at least 4 read timeouts")
          .isGreaterThanOrEqualTo(rows * gapMillis).isGreaterThanOrEqualTo(4 * READ_TIMEOUT.toMillis());
      assertThat(server.requests()).as("requests the server received").isEqualTo(1);
    }
  }

  private static GuardianClient client(String url, Duration callTimeout) {
    return GuardianClient.builder().baseUrl(url).apiKey(Secret.of("idle-report-api-key"))
        .secretKey(Secret.of("idle-report-secret-key")).readTimeout(READ_TIMEOUT).callTimeout(callTimeout)
        .retryPolicy(RetryPolicy.none()).build();
  }
}
