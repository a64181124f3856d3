package io.secplat.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.secplat.core.CircuitBreakerPolicy;
import io.secplat.core.RetryPolicy;
import io.secplat.core.error.ApiException;
import io.secplat.core.error.MaintenanceException;
import io.secplat.core.error.RateLimitedException;
import io.secplat.core.error.RequestNotSentException;
import io.secplat.core.error.ServerException;
import io.secplat.core.error.TransportException;
import io.secplat.core.error.UndecodableResponseException;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.mock.Vendors;
import io.secplat.testkit.reliability.VendorCase.Kind;
import io.secplat.testkit.reliability.VendorCase.Op;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault matrix (issue #7): every fault × every vendor × a read and a mutation, each cell with
 * one exact expected outcome: how many requests the server received, the result or the exception
 * type (with status, vendor error code, request id, method and path), and bounds on the elapsed
 * time. The table is {@link #FAULTS}; running it writes {@code target/reliability-matrix.md},
 * the table docs/RELIABILITY.md shows.
 *
 * <p>Each cell gets a fresh client and fresh mock state. The client first makes one healthy read
 * (so the faulted call goes over a pooled keep-alive connection, as in a long-lived service, and
 * so that a read's healthy result is known), then the fault is injected for the next request(s)
 * to the operation's path, and the counts start from zero.
 */
class FaultMatrixTest {
  /**
   * Fast but real: 3 attempts, 10 ms backoff doubling to 50 ms with ±50 % jitter, Retry-After
   * honoured up to 2 s (longer ends the retries), a 10 s deadline per call.
   */
  static final RetryPolicy RETRY = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
      .maxBackoff(Duration.ofMillis(50)).jitter(0.5).maxRetryAfter(Duration.ofSeconds(2)).deadline(Duration.ofSeconds(10))
      .build();
  /** For the refused-connection cells: fixed 150 ms waits, so the elapsed time counts the attempts. */
  static final RetryPolicy COUNTED_RETRY = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(150))
      .multiplier(1).jitter(0).maxRetryAfter(Duration.ofSeconds(2)).deadline(Duration.ofSeconds(10)).build();
  static final Duration READ_TIMEOUT = Duration.ofMillis(800);
  /** A call that waited for nothing must end before this. */
  static final long FAST = 1500;

  static MockProviders mocks;
  /** One client per vendor for every cell (a long-lived client, like a service's); breakers off. */
  static final Map<VendorCase, AutoCloseable> CLIENTS = new java.util.EnumMap<>(VendorCase.class);
  static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

  /** What a cell must observe. */
  record Expect(int serverRequests, Class<? extends Throwable> failure, int status, long minMillis, long maxMillis) {
    static Expect ok(int requests) {
      return new Expect(requests, null, 0, 0, FAST);
    }

    static Expect fails(int requests, Class<? extends Throwable> type, int status) {
      return new Expect(requests, type, status, 0, FAST);
    }

    Expect within(long min, long max) {
      return new Expect(serverRequests, failure, status, min, max);
    }

    String describe() {
      return serverRequests + " → " + (failure == null ? "OK" : failure.getSimpleName() + (status > 0 ? " " + status : ""));
    }
  }

  /** What the mock sent, so that the exception can be checked against it. */
  record Sent(String code, String requestId, String retryAfter) {
    static final Sent NOTHING = new Sent(null, null, null);
  }

  /** How a fault is put in place for one operation. */
  interface Injection {
    Sent inject(MockProviders mocks, Op op, String requestId);
  }

  /** A row of the matrix. */
  record Fault(String name, Set<VendorCase> vendors, Set<Kind> kinds, Injection injection, Expect read, Expect write,
      Object expectedReadResult) {
    Fault(String name, Injection injection, Expect read, Expect write) {
      this(name, EnumSet.allOf(VendorCase.class), EnumSet.allOf(Kind.class), injection, read, write, null);
    }

    /**
     * Reads and idempotent writes expect the same (both are safe to repeat), except that an
     * operation without a result never reads the body, so a bad body cannot fail it.
     */
    Expect expect(Op op) {
      if (op.kind() == Kind.WRITE) {
        return write;
      }
      // the pipeline reads every body to its end, so a cut-off one is a transport failure even here
      if (op.kind() == Kind.IDEMPOTENT && op.name().contains("no result") && name.startsWith("200 with")
          && !name.contains("cut off")) {
        return Expect.ok(1);
      }
      return read;
    }
  }

  static Injection status(int status, String retryAfter) {
    return (mocks, op, requestId) -> {
      String code = "FAULT_" + status;
      MockFault fault = MockFault.status(status).body(op.vendor().errorBody(code, "injected " + status)).requestId(requestId);
      if (retryAfter != null) {
        fault.retryAfter(retryAfter);
      }
      mocks.faults().next(op.pathRegex(), fault);
      return new Sent(op.vendor().hasErrorCodes() ? code : null, requestId, retryAfter);
    };
  }

  static Injection once(java.util.function.Supplier<MockFault> fault, boolean carriesRequestId) {
    return (mocks, op, requestId) -> {
      mocks.faults().next(op.pathRegex(), carriesRequestId ? fault.get().requestId(requestId) : fault.get());
      return carriesRequestId ? new Sent(null, requestId, null) : Sent.NOTHING;
    };
  }

  static String httpDate(Duration fromNow) {
    // the clients' clock is the fake one: the date is in its future
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(VendorCase.CLOCK.instant(), ZoneOffset.UTC).plus(fromNow));
  }

  static final List<Fault> FAULTS = List.of(
      new Fault("429, Retry-After: 1 (seconds)", status(429, "1"),
          Expect.ok(2).within(1000, 3500), Expect.fails(1, RateLimitedException.class, 429)),
      new Fault("429, Retry-After as an HTTP date (in 2 s)",
          (mocks, op, id) -> status(429, httpDate(Duration.ofSeconds(2))).inject(mocks, op, id),
          Expect.ok(2).within(800, 3500), Expect.fails(1, RateLimitedException.class, 429)),
      new Fault("429, no Retry-After", status(429, null),
          Expect.ok(2), Expect.fails(1, RateLimitedException.class, 429)),
      new Fault("429, Retry-After: 3600 (beyond the 2 s cap)", status(429, "3600"),
          Expect.fails(1, RateLimitedException.class, 429), Expect.fails(1, RateLimitedException.class, 429)),
      new Fault("500", status(500, null), Expect.ok(2), Expect.fails(1, ServerException.class, 500)),
      new Fault("502", status(502, null), Expect.ok(2), Expect.fails(1, ServerException.class, 502)),
      new Fault("503", status(503, null), Expect.ok(2), Expect.fails(1, ServerException.class, 503)),
      new Fault("504", status(504, null), Expect.ok(2), Expect.fails(1, ServerException.class, 504)),
      new Fault("503 on every attempt", (mocks, op, id) -> {
        mocks.faults().always(op.pathRegex(), MockFault.status(503).body(op.vendor().errorBody("FAULT_503", "down"))
            .requestId(id));
        return new Sent(op.vendor().hasErrorCodes() ? "FAULT_503" : null, id, null);
      }, Expect.fails(3, ServerException.class, 503), Expect.fails(1, ServerException.class, 503)),
      // Refused: the TCP reset answers the connect, before any byte of the request. The server
      // sees nothing; the client's attempts show in the elapsed time (2 fixed waits of 150 ms).
      new Fault("connection refused (reset before the request is sent)", (mocks, op, id) -> Sent.NOTHING,
          Expect.fails(0, RequestNotSentException.class, 0).within(300, 3000),
          Expect.fails(0, RequestNotSentException.class, 0).within(300, 3000)),
      new Fault("connection reset after the request was received", once(() -> MockFault.droppedConnection(), false),
          Expect.ok(2), Expect.fails(1, TransportException.class, 0)),
      new Fault("connection closed without a response", once(() -> MockFault.emptyResponse(), false),
          Expect.ok(2), Expect.fails(1, TransportException.class, 0)),
      new Fault("200 with an empty body", once(() -> MockFault.emptyBody(), true),
          Expect.fails(1, UndecodableResponseException.class, 200), Expect.fails(1, UndecodableResponseException.class, 200)),
      new Fault("200 with malformed JSON", once(() -> MockFault.malformedJson(), true),
          Expect.fails(1, UndecodableResponseException.class, 200), Expect.fails(1, UndecodableResponseException.class, 200)),
      // the mock writes this answer on the socket itself (Content-Length 1 KiB past the bytes sent, then
      // close), the same on every run
      new Fault("200 with a body cut off in transit",
          once(() -> MockFault.truncatedBody("{\"data\": {\"values\": [1, 2"), true),
          Expect.ok(2), Expect.fails(1, TransportException.class, 200)),
      new Fault("answer slower than the 800 ms read timeout",
          once(() -> MockFault.status(200).body("{}").delay(Duration.ofMillis(2000)), false),
          Expect.ok(2).within(800, 3000), Expect.fails(1, TransportException.class, 0).within(800, 1900)),
      new Fault("Britive 503 MAINT0001 (maintenance: never retried)", EnumSet.of(VendorCase.BRITIVE),
          EnumSet.allOf(Kind.class), (mocks, op, id) -> {
            mocks.faults().next(op.pathRegex(), MockFault.status(503)
                .body(op.vendor().errorBody("MAINT0001", "Tenant under maintenance")).requestId(id));
            return new Sent("MAINT0001", id, null);
          }, Expect.fails(1, MaintenanceException.class, 503), Expect.fails(1, MaintenanceException.class, 503), null),
      new Fault("JupiterOne rate-limit error inside an HTTP 200", EnumSet.of(VendorCase.JUPITERONE),
          EnumSet.allOf(Kind.class), (mocks, op, id) -> {
            mocks.faults().next(op.pathRegex(), MockFault.status(200).body("{\"data\":null,\"errors\":[{\"message\":"
                + "\"Rate limit exceeded\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}").requestId(id));
            return new Sent("RATE_LIMITED", id, null);
          }, Expect.ok(2), Expect.fails(1, RateLimitedException.class, 200), null),
      new Fault("Veza empty page with more to come", EnumSet.of(VendorCase.VEZA), EnumSet.of(Kind.READ),
          (mocks, op, id) -> {
            mocks.faults().next(op.pathRegex(),
                MockFault.status(200).body("{\"values\":[],\"next_page_token\":\"after-empty\",\"has_more\":true}"),
                MockFault.status(200).body("{\"values\":[{\"id\":\"n-late-1\",\"type\":\"OktaUser\"},"
                    + "{\"id\":\"n-late-2\",\"type\":\"OktaUser\"}],\"next_page_token\":\"\",\"has_more\":false}"));
            return Sent.NOTHING;
          }, Expect.ok(2), null, List.of("n-late-1", "n-late-2")));

  @BeforeAll
  static void start() throws Exception {
    mocks = MockProviders.start(0, Vendors.all());
    // The first request to each mock (and each client) pays for class loading and lazy set-up,
    // which on a busy machine can outlast the cells' short read timeout: pay it here, unhurried.
    for (VendorCase vendor : VendorCase.values()) {
      try (AutoCloseable patient = vendor.client(mocks.baseUrl(), RetryPolicy.none(), Duration.ofSeconds(30),
          CircuitBreakerPolicy.disabled())) {
        vendor.read().call().run(patient);
        vendor.write().call().run(patient);
      }
    }
    mocks.resetState();
    mocks.applyState("saved query q-kit-1 exists"); // what the Veza PUT updates, cell after cell
    for (VendorCase vendor : VendorCase.values()) {
      if (vendor.idempotentWrite() != null) {
        try (AutoCloseable patient = vendor.client(mocks.baseUrl(), RetryPolicy.none(), Duration.ofSeconds(30),
            CircuitBreakerPolicy.disabled())) {
          vendor.idempotentWrite().call().run(patient);
        }
      }
    }
  }

  @AfterAll
  static void stopAndReport() throws Exception {
    for (AutoCloseable client : CLIENTS.values()) {
      client.close();
    }
    mocks.close();
    Path report = Path.of("target", "reliability-matrix.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table(), StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicContainer> faultMatrix() {
    return FAULTS.stream().map(fault -> DynamicContainer.dynamicContainer(fault.name(),
        Arrays.stream(VendorCase.values()).filter(fault.vendors()::contains)
            .flatMap(vendor -> Arrays.stream(Kind.values()).filter(fault.kinds()::contains).map(vendor::op)
                .filter(java.util.Objects::nonNull))
            .map(op -> DynamicTest.dynamicTest(op + " → " + fault.expect(op).describe(), () -> cell(fault, op)))));
  }

  void cell(Fault fault, Op op) throws Exception {
    Expect expect = fault.expect(op);
    // no cell changes a vendor's state (every mutation fails before the mock's handler), so clearing
    // the faults and their scenarios is enough between cells
    mocks.faults().clear();
    mocks.server().resetScenarios();
    boolean refused = fault.name().startsWith("connection refused");
    String requestId = "req-" + Integer.toHexString((fault.name() + op).hashCode());
    AutoCloseable shared = refused ? null : CLIENTS.computeIfAbsent(op.vendor(),
        vendor -> vendor.client(mocks.baseUrl(), RETRY, READ_TIMEOUT, CircuitBreakerPolicy.disabled()));
    // a healthy call first (to the mock): the read's result is what a recovered read must return; a
    // safe write's is what a recovered one returns; a mutation is preceded by the vendor's read
    Object healthy = refused ? null : (op.kind() == Kind.WRITE ? op.vendor().read() : op).call().run(shared);
    try (AutoCloseable own = refused ? op.vendor().client("http://127.0.0.1:" + closedPort(), COUNTED_RETRY,
        READ_TIMEOUT, CircuitBreakerPolicy.disabled()) : null) {
      AutoCloseable client = own != null ? own : shared;
      mocks.resetRequestCounts();
      Sent sent = fault.injection().inject(mocks, op, requestId);

      long start = System.nanoTime();
      long waitedBefore = VendorCase.CLOCK.elapsed().toMillis();
      Object result = null;
      Throwable failure = null;
      try {
        result = op.call().run(client);
      } catch (Throwable t) {
        failure = t;
      }
      // wall time (I/O, timeouts) plus the waits, which ran on the fake clock and cost no wall time
      long elapsed = (System.nanoTime() - start) / 1_000_000 + VendorCase.CLOCK.elapsed().toMillis() - waitedBefore;
      int received = mocks.requestCount(op.method(), op.pathRegex());
      record(fault, op, received, failure, elapsed);

      assertThat(received).as("requests the server received").isEqualTo(expect.serverRequests());
      if (refused) {
        assertThat(mocks.requestLines()).as("nothing reached any server").isEmpty();
      }
      if (expect.failure() == null) {
        if (failure != null) {
          fail("expected success, got " + failure, failure);
        }
        assertThat(result).isEqualTo(fault.expectedReadResult() != null ? fault.expectedReadResult() : healthy);
      } else {
        assertThat(failure).isExactlyInstanceOf(expect.failure());
        ApiException e = (ApiException) failure;
        assertThat(e.vendor()).isEqualTo(op.vendor().display);
        assertThat(e.method()).isEqualTo(op.method());
        assertThat(e.path()).isEqualTo(op.path());
        assertThat(e.status()).isEqualTo(expect.status());
        assertThat(e.errorCode()).isEqualTo(java.util.Optional.ofNullable(sent.code()));
        assertThat(e.requestId()).isEqualTo(java.util.Optional.ofNullable(sent.requestId()));
        assertThat(e.isRetryable()).isEqualTo(e instanceof TransportException || e instanceof RateLimitedException
            || (e instanceof ServerException && !(e instanceof MaintenanceException)));
        if (e instanceof RateLimitedException && sent.retryAfter() != null && !sent.retryAfter().contains(" ")) {
          assertThat(e.details().retryAfter()).isEqualTo(Duration.ofSeconds(Long.parseLong(sent.retryAfter())));
        } else if (e instanceof RateLimitedException && sent.retryAfter() != null) {
          assertThat(e.details().retryAfter()).isBetween(Duration.ZERO, Duration.ofSeconds(2));
        } else {
          assertThat(e.details().retryAfter()).isNull();
        }
        assertThat(e.getMessage()).doesNotContain("matrix-").startsWith(op.vendor().display + " " + op.method() + " "
            + op.path());
      }
      assertThat(elapsed).as("elapsed ms").isBetween(expect.minMillis(), expect.maxMillis());
    }
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void record(Fault fault, Op op, int received, Throwable failure, long elapsed) {
    String outcome = failure == null ? "OK"
        : failure.getClass().getSimpleName() + (failure instanceof ApiException && ((ApiException) failure).status() > 0
            ? " " + ((ApiException) failure).status() : "");
    RESULTS.put(fault.name() + "|" + op.vendor() + "|" + op.kind(), received + " → " + outcome + " (" + elapsed + " ms)");
  }

  /** The observed matrix as Markdown: a row per fault and operation kind, a column per vendor. */
  static String table() {
    StringBuilder md = new StringBuilder("| fault | op | Britive | Veza | Guardian | JupiterOne |\n|---|---|---|---|---|---|\n");
    java.util.function.BiPredicate<VendorCase, Kind> hasOp = (vendor, kind) -> vendor.op(kind) != null;
    for (Fault fault : FAULTS) {
      for (Kind kind : Kind.values()) {
        if (!fault.kinds().contains(kind)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (VendorCase vendor : VendorCase.values()) {
          cells.add(fault.vendors().contains(vendor) && hasOp.test(vendor, kind)
              ? RESULTS.getOrDefault(fault.name() + "|" + vendor + "|" + kind, "(not run)") : "n/a");
        }
        if (cells.stream().allMatch("n/a"::equals)) {
          continue;
        }
        md.append("| ").append(fault.name().replace("|", "\\|")).append(" | ").append(kind.label).append(" | ")
            .append(String.join(" | ", cells)).append(" |\n");
      }
    }
    long cells = RESULTS.size();
    md.append("\nCells run: ").append(cells).append(". Each cell: requests the server received → outcome (elapsed).\n");
    return md.toString();
  }
}
