package io.secplat.testkit.reliability;

import static io.secplat.veza.query.Node.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.secplat.britive.BritiveClient;
import io.secplat.core.ClientBuilder;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.DeadlineExceededException;
import io.secplat.core.error.PagingCycleException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.ResponseTooLargeException;
import io.secplat.core.error.ServerException;
import io.secplat.core.pipeline.RawServer;
import io.secplat.guardian.GuardianClient;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.veza.NodeListOptions;
import io.secplat.veza.VezaClient;
import io.secplat.veza.query.Query;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-server suite (issue #15): a raw-socket server on 127.0.0.1 does each hostile thing
 * to each vendor's client; every cell asserts the exception type, an elapsed bound and the
 * server's request count. Every server behaviour ends by itself (bounded bytes and time). Writes
 * {@code target/hostile-matrix.md}, the table docs/RELIABILITY.md shows. The heap cells
 * (an endless body and a gzip bomb under -Xmx96m) are {@link HostileHeapTest}.
 */
class HostileServerTest {
  static final String TOKEN = "hostile-token-0123456789abcdef";
  static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

  /** A vendor: a configured builder on a URL, one read, and a fully paged listing (or null). */
  enum Vendor {
    BRITIVE(url -> BritiveClient.builder().baseUrl(url).token(Secret.of(TOKEN)),
        c -> ((BritiveClient) c).environments().list("app-1"), null, null),
    VEZA(url -> VezaClient.builder().baseUrl(url).apiKey(Secret.of(TOKEN)),
        c -> ((VezaClient) c).savedQueries().get("q-1"),
        c -> ((VezaClient) c).querySpecs().nodes(Query.from(node("OktaUser")).build(), NodeListOptions.defaults())
            .stream().count(),
        cursor -> "{\"values\":[{\"id\":\"n\"}],\"next_page_token\":\"" + cursor + "\",\"has_more\":true}"),
    GUARDIAN(url -> GuardianClient.builder().baseUrl(url).apiKey(Secret.of(TOKEN)).secretKey(Secret.of("secret-key-0123")),
        c -> ((GuardianClient) c).nodes().get(311), null, null),
    JUPITERONE(url -> JupiterOneClient.builder().baseUrl(url).apiKey(Secret.of(TOKEN)).accountId("hostile"),
        c -> ((JupiterOneClient) c).query("FIND Host").stream().count(),
        c -> ((JupiterOneClient) c).query("FIND Host").stream().count(),
        cursor -> "{\"data\":{\"queryV1\":{\"type\":\"list\",\"data\":[{\"id\":\"h\"}],\"cursor\":\"" + cursor + "\"}}}");

    final Function<String, ClientBuilder<?, ?>> builder;
    final Function<Object, Object> read;
    final Function<Object, Object> pageAll;
    final Function<String, String> pageWithCursor;

    Vendor(Function<String, ClientBuilder<?, ?>> builder, Function<Object, Object> read,
        Function<Object, Object> pageAll, Function<String, String> pageWithCursor) {
      this.builder = builder;
      this.read = read;
      this.pageAll = pageAll;
      this.pageWithCursor = pageWithCursor;
    }
  }

  /** One hostile behaviour and what every vendor's client must do about it. */
  record Hostility(String name, Function<Vendor, RawServer.Behaviour> server,
      Function<ClientBuilder<?, ?>, ClientBuilder<?, ?>> settings, boolean closeFirst, boolean paged,
      Class<? extends Throwable> expected, int requests, long maxMillis) {}

  static byte[] gzipOfZeros(int megabytes) throws java.io.IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        gzip.write(zeros);
      }
    }
    return zipped.toByteArray();
  }

  static final byte[] BOMB;

  static {
    try {
      BOMB = gzipOfZeros(16);
    } catch (java.io.IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Writes an endless body: 64 KiB pieces until the client hangs up, at most 64 MiB or 10 s. */
  static void endless(OutputStream out) throws Exception {
    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[".getBytes(StandardCharsets.ISO_8859_1));
    byte[] piece = new byte[64 * 1024];
    java.util.Arrays.fill(piece, (byte) ' ');
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    for (int i = 0; i < 1024 && System.nanoTime() < end; i++) {
      out.write(piece);
    }
  }

  static final List<Hostility> HOSTILITIES = List.of(
      new Hostility("a body byte every 300 ms (deadline 1 s)", v -> (out, head) -> {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < 15; i++) {
          out.write(' ');
          out.flush();
          Thread.sleep(300);
        }
      }, b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3).deadline(Duration.ofSeconds(1)).build()),
          false, false, DeadlineExceededException.class, 1, 2000),
      new Hostility("an endless 200 body (maxResponseBytes 1 MiB)", v -> (out, head) -> endless(out),
          b -> b.maxResponseBytes(1 << 20), false, false, ResponseTooLargeException.class, 1, 3000),
      new Hostility("a gzip bomb: 16 KiB inflating to 16 MiB (maxResponseBytes 1 MiB)",
          v -> (out, head) -> out.write(RawServer.response("200 OK",
              "Content-Type: application/json\r\nContent-Encoding: gzip\r\n", BOMB)),
          b -> b.maxResponseBytes(1 << 20), false, false, ResponseTooLargeException.class, 1, 3000),
      new Hostility("the token echoed in X-Request-Id of a 500", v -> (out, head) -> out.write(RawServer.response(
          "500 Internal Server Error", "X-Request-Id: echo-" + TOKEN + "\r\nContent-Type: application/json\r\n",
          ("{\"message\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8))),
          b -> b.retryPolicy(RetryPolicy.none()), false, false, ServerException.class, 1, 1500),
      new Hostility("Retry-After: 2^70 seconds on a 429", v -> (out, head) -> out.write(RawServer.response(
          "429 Too Many Requests", "Retry-After: 1180591620717411303424\r\n", new byte[0])),
          b -> b, false, false, RateLimitedException.class, 1, 1500),
      new Hostility("a request on a closed client", v -> (out, head) -> out.write(RawServer.response("200 OK", "",
          "{}".getBytes(StandardCharsets.UTF_8))), b -> b, true, false, IllegalStateException.class, 0, 1500),
      new Hostility("page cursors that repeat: A, B, A", v -> {
        AtomicInteger page = new AtomicInteger();
        return (out, head) -> out.write(RawServer.response("200 OK", "Content-Type: application/json\r\n",
            v.pageWithCursor.apply(page.incrementAndGet() % 2 == 1 ? "A" : "B").getBytes(StandardCharsets.UTF_8)));
      }, b -> b, false, true, PagingCycleException.class, 3, 1500));

  @TestFactory
  Stream<DynamicContainer> hostileServers() {
    List<DynamicContainer> rows = new ArrayList<>();
    for (Hostility hostility : HOSTILITIES) {
      List<DynamicTest> cells = new ArrayList<>();
      for (Vendor vendor : Vendor.values()) {
        if (hostility.paged() && vendor.pageAll == null) {
          RESULTS.put(hostility.name() + "|" + vendor, "n/a (no cursor paging)");
          continue;
        }
        cells.add(DynamicTest.dynamicTest(vendor.name(), () -> cell(hostility, vendor)));
      }
      rows.add(DynamicContainer.dynamicContainer(hostility.name(), cells));
    }
    return rows.stream();
  }

  static void cell(Hostility hostility, Vendor vendor) throws Exception {
    try (RawServer server = new RawServer(hostility.server().apply(vendor))) {
      AutoCloseable client = (AutoCloseable) hostility.settings().apply(vendor.builder.apply(server.url())).build();
      if (hostility.closeFirst()) {
        client.close();
      }
      long start = System.nanoTime();
      Throwable thrown = null;
      try {
        (hostility.paged() ? vendor.pageAll : vendor.read).apply(client);
      } catch (Throwable t) {
        thrown = t;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      client.close();
      if (thrown == null) {
        fail("no exception");
      }
      assertThat(thrown).isInstanceOf(hostility.expected());
      assertThat(String.valueOf(thrown.getMessage())).doesNotContain(TOKEN).doesNotContain("\n");
      if (thrown instanceof ApiException api) {
        assertThat(api.requestId().orElse("")).doesNotContain(TOKEN);
        assertThat(api.vendor()).isEqualToIgnoringCase(vendor.name());
      }
      assertThat(millis).as("elapsed ms").isLessThan(hostility.maxMillis());
      assertThat(server.requests()).as("requests the server saw").isEqualTo(hostility.requests());
      RESULTS.put(hostility.name() + "|" + vendor, server.requests() + " → " + thrown.getClass().getSimpleName()
          + " in " + millis + " ms");
    }
  }

  @AfterAll
  static void writeMatrix() throws Exception {
    StringBuilder table = new StringBuilder("| hostile server | expected | Britive | Veza | Guardian | JupiterOne |\n"
        + "|---|---|---|---|---|---|\n");
    for (Hostility hostility : HOSTILITIES) {
      table.append("| ").append(hostility.name()).append(" | ").append(hostility.requests()).append(" → ")
          .append(hostility.expected().getSimpleName()).append(", < ").append(hostility.maxMillis()).append(" ms");
      for (Vendor vendor : Vendor.values()) {
        table.append(" | ").append(RESULTS.getOrDefault(hostility.name() + "|" + vendor, "not run"));
      }
      table.append(" |\n");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "hostile-matrix.md"), table);
  }
}
