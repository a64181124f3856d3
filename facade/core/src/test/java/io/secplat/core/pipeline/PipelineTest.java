package io.secplat.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Headers;
import feign.RequestLine;
import io.secplat.core.ClientBuilder;
import io.secplat.core.RateLimitPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ClientRateLimitedException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ResponseTooLargeException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.TransportException;
import io.secplat.core.http.HttpStack;
import io.secplat.core.http.VendorProfile;
import io.secplat.core.retry.ManualClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The pipeline end to end against raw-socket servers: user policies, retries on a fake clock, limits. */
class PipelineTest {
  static final String TOKEN = "pipeline-test-token-0123456789";

  interface Api {
    @RequestLine("GET /things")
    @Headers("Accept: application/json")
    Map<String, Object> get();

    @RequestLine("GET /things/{id}?q={q}")
    Map<String, Object> one(@feign.Param("id") String id, @feign.Param("q") String q);
  }

  static final class Vendor implements VendorProfile {
    @Override
    public String name() {
      return "Testvendor";
    }

    @Override
    public VendorError readError(int status, byte[] body, com.fasterxml.jackson.databind.ObjectMapper json) {
      try {
        return new VendorError(null, json.readTree(body).path("message").asText(null));
      } catch (java.io.IOException e) {
        return VendorError.NONE;
      }
    }
  }

  /** A vendor builder as the façades write them. */
  static final class Builder extends ClientBuilder<Builder, HttpStack> {
    @Override
    public HttpStack build() {
      Secret token = Secret.of(TOKEN);
      return new HttpStack(settings("Testvendor"), new Vendor(),
          request -> request.header("Authorization", "Bearer " + token.reveal()), List.of(token));
    }
  }

  static byte[] ok(String json) {
    return RawServer.response("200 OK", "Content-Type: application/json\r\n", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aUserPolicyRunsOnEveryAttemptInsideTheRetriesAndOnTheFakeClock() throws Exception {
    AtomicInteger served = new AtomicInteger();
    try (RawServer server = new RawServer((out, head) -> out.write(served.incrementAndGet() == 1
        ? RawServer.response("503 Service Unavailable", "Retry-After: 30\r\n", new byte[0]) : ok("{\"a\":1}")))) {
      ManualClock clock = new ManualClock();
      AtomicInteger calls = new AtomicInteger();
      HttpStack stack = new Builder().baseUrl(server.url()).clock(clock).sleeper(clock.sleeper())
          .retryPolicy(RetryPolicy.builder().maxAttempts(3).maxRetryAfter(Duration.ofMinutes(1)).build())
          .addPolicy((request, next) -> next.process(request.toBuilder()
              .header("X-Correlation-Id", "corr-" + calls.incrementAndGet()).build()))
          .build();
      long start = System.nanoTime();

      assertThat(stack.target(Api.class).get()).containsEntry("a", 1);

      assertThat(server.requests()).isEqualTo(2);
      assertThat(server.heads().get(0)).containsIgnoringCase("x-correlation-id: corr-1");
      assertThat(server.heads().get(1)).containsIgnoringCase("x-correlation-id: corr-2");
      assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(30));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      stack.close();
    }
  }

  @Test
  void aUserPolicyRunsInsideTheClientRateLimit() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{}")))) {
      AtomicInteger calls = new AtomicInteger();
      HttpStack stack = new Builder().baseUrl(server.url())
          .rateLimit(RateLimitPolicy.builder().permits(1).per(Duration.ofMinutes(1)).maxWait(Duration.ZERO).build())
          .addPolicy((request, next) -> {
            calls.incrementAndGet();
            return next.process(request);
          }).build();
      Api api = stack.target(Api.class);
      api.get();

      assertThatThrownBy(api::get).isInstanceOf(ClientRateLimitedException.class);
      assertThat(calls).hasValue(1);
      assertThat(server.requests()).isEqualTo(1);
      stack.close();
    }
  }

  @Test
  void aTricklingBodyCannotHoldACallPastItsDeadline() throws Exception {
    try (RawServer server = new RawServer((out, head) -> {
      out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":\""
          .getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 20; i++) {
        out.flush();
        Thread.sleep(300);
        out.write('x');
      }
    })) {
      HttpStack stack = new Builder().baseUrl(server.url())
          .retryPolicy(RetryPolicy.builder().maxAttempts(3).deadline(Duration.ofSeconds(1)).build()).build();
      long start = System.nanoTime();

      assertThatThrownBy(() -> stack.target(Api.class).get()).isInstanceOf(DeadlineExceededException.class)
          .hasMessageContaining("deadline of 1000 ms");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));
      assertThat(server.requests()).isEqualTo(1);
      stack.close();
    }
  }

  @Test
  void theCallTimeoutEndsOneAttemptAndASafeCallIsRetried() throws Exception {
    try (RawServer server = new RawServer((out, head) -> {
      out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{".getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 10; i++) {
        out.flush();
        Thread.sleep(100);
        out.write(' ');
      }
    })) {
      ManualClock clock = new ManualClock();
      HttpStack stack = new Builder().baseUrl(server.url()).callTimeout(Duration.ofMillis(300)).clock(clock)
          .sleeper(clock.sleeper()).retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();
      long start = System.nanoTime();

      assertThatThrownBy(() -> stack.target(Api.class).get()).isInstanceOf(TransportException.class)
          .hasMessageContaining("deadline");

      assertThat(server.requests()).isEqualTo(2);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
      stack.close();
    }
  }

  @Test
  void aBodyOverTheLimitAndAGzipBombEndInResponseTooLarge() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        gzip.write(zeros);
      }
    }
    byte[] bomb = RawServer.response("200 OK", "Content-Encoding: gzip\r\nContent-Type: application/json\r\n",
        zipped.toByteArray());
    try (RawServer server = new RawServer((out, head) -> out.write(bomb))) {
      HttpStack stack = new Builder().baseUrl(server.url()).maxResponseBytes(1 << 20).build();

      assertThatThrownBy(() -> stack.target(Api.class).get())
          .isInstanceOfSatisfying(ResponseTooLargeException.class, e -> {
            assertThat(e.limit()).isEqualTo(1 << 20);
            assertThat(e.operation()).isEqualTo("get");
            assertThat(e.getMessage()).contains("Testvendor GET /things").contains("1048576 bytes");
          });
      assertThat(server.requests()).isEqualTo(1);
      stack.close();
    }
  }

  @Test
  void aTokenEchoedInTheRequestIdNeverAppearsAndControlCharactersAreRemoved() throws Exception {
    byte[] body = ("{\"message\":\"bad\\nline \\u001b[31m" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8);
    try (RawServer server = new RawServer((out, head) -> out.write(RawServer.response("500 Internal Server Error",
        "X-Request-Id: id-" + TOKEN + "\r\n", body)))) {
      HttpStack stack = new Builder().baseUrl(server.url()).retryPolicy(RetryPolicy.none()).build();

      assertThatThrownBy(() -> stack.target(Api.class).get()).isInstanceOfSatisfying(ServerException.class, e -> {
        assertThat(e.requestId()).contains("id-[REDACTED]");
        assertThat(e.details().serverMessage()).isEqualTo("bad line  [31m[REDACTED]");
        assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("\u001b").doesNotContain("\n");
      });
      stack.close();
    }
  }

  @Test
  void aRetryAfterBeyondALongIsALongWaitNotAnAbsentOne() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(RawServer.response("429 Too Many Requests",
        "Retry-After: 99999999999999999999999\r\n", new byte[0])))) {
      HttpStack stack = new Builder().baseUrl(server.url()).build();

      assertThatThrownBy(() -> stack.target(Api.class).get()).isInstanceOfSatisfying(RateLimitedException.class,
          e -> assertThat(e.details().retryAfter()).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE)));
      assertThat(server.requests()).isEqualTo(1);
      stack.close();
    }
  }

  @Test
  void aClosedClientSendsNothing() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{}")))) {
      HttpStack stack = new Builder().baseUrl(server.url()).build();
      Api api = stack.target(Api.class);
      stack.close();

      assertThatThrownBy(api::get).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Testvendor client is closed");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void anUnpairedSurrogateIsRefusedBeforeAnythingIsSent() throws Exception {
    try (RawServer server = new RawServer((out, head) -> out.write(ok("{}")))) {
      HttpStack stack = new Builder().baseUrl(server.url()).build();

      Api api = stack.target(Api.class);

      assertThatThrownBy(() -> api.one("a\uD800b", "q")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unpaired UTF-16 surrogate at index 1");
      assertThatThrownBy(() -> api.one("a", "x\uDC00")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("one argument 2 has an unpaired UTF-16 surrogate at index 1 (U+DC00): it cannot be sent as UTF-8");
      assertThat(server.requests()).isZero();
      stack.close();
    }
  }
}
