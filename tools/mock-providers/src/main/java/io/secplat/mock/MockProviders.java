package io.secplat.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * Real HTTP mock providers on loopback: one WireMock server serving every registered vendor on
 * one port (their paths do not collide).
 *
 * <p>Besides the vendors' paths the server answers {@code POST /_pact/provider-states} (set a
 * provider state), {@code GET /_pact/provider-states} (list the states) and
 * {@code POST /_secplat/reset} (every vendor back to its seeded state, faults removed). WireMock's
 * own resets ({@code POST /__admin/reset}, {@code /__admin/mappings/reset}) restore the vendors'
 * stubs and seeded state too, so a vendor is never left empty.
 *
 * <pre>{@code
 * try (MockProviders mocks = MockProviders.start(0, new BritiveMock())) {
 *   BritiveClient britive = BritiveClient.builder().baseUrl(mocks.baseUrl()).token(Secret.of("any")).build();
 *   ...
 * }
 * }</pre>
 */
public final class MockProviders implements AutoCloseable {
  /** How much of each response body the request journal keeps. */
  static final int MAX_LOGGED_RESPONSE_BYTES = 64 * 1024;

  private final WireMockServer server;
  private final List<VendorMock> vendors;

  private final MockFaults faults;

  /** The default bind address. */
  static final String LOOPBACK = "127.0.0.1";
  private static final int ACCEPTORS = 2;
  private static final int CONTAINER_THREADS = 64;

  private final String bindAddress;

  private MockProviders(WireMockServer server, List<VendorMock> vendors, String bindAddress) {
    this.server = server;
    this.vendors = vendors;
    this.bindAddress = bindAddress;
    this.faults = new MockFaults(server);
  }

  /** @return fault injection: 429 with Retry-After, 5xx, delays, dropped connections */
  public MockFaults faults() {
    return faults;
  }

  /**
   * Seeds state: makes a provider state true, on top of the current state (see each vendor mock
   * for the states it knows, for example {@code saved query 6f2c… exists}).
   *
   * @param state the state's name
   * @throws IllegalArgumentException when no vendor knows the state
   */
  public void applyState(String state) {
    if (vendors.stream().noneMatch(vendor -> vendor.applyState(state, java.util.Map.of()))) {
      throw new IllegalArgumentException("no mock provider knows the state '" + state + "'");
    }
  }

  /**
   * Starts the providers on 127.0.0.1.
   *
   * @param port the port, or 0 for a free one
   * @param vendors the vendors to serve
   * @return the running providers
   * @throws MockStartException when the port is taken or cannot be bound
   */
  public static MockProviders start(int port, VendorMock... vendors) {
    return start(LOOPBACK, port, vendors);
  }

  /**
   * Starts the providers on an address of this machine.
   *
   * @param bindAddress the address to listen on, for example {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the port, or 0 for a free one
   * @param vendors the vendors to serve
   * @return the running providers
   * @throws MockStartException when the port is taken or the address cannot be bound
   */
  public static MockProviders start(String bindAddress, int port, VendorMock... vendors) {
    List<VendorMock> vendorList = List.of(vendors);
    StubsRestorer restorer = new StubsRestorer(vendorList);
    List<Extension> extensions = new ArrayList<>();
    for (VendorMock vendor : vendors) {
      extensions.addAll(vendor.extensions());
    }
    extensions.add(new ProviderStateEndpoint(vendorList));
    ResetEndpoint reset = new ResetEndpoint();
    extensions.add(reset);
    extensions.add(new TruncatedBody());
    extensions.add(restorer);
    WireMockConfiguration config = options()
        .bindAddress(bindAddress)
        // Two acceptors and enough request threads for 16+ concurrent clients (issue 18: >= 2,000
        // small requests/s with 16 client threads on 2 cores).
        .jettyAcceptors(ACCEPTORS)
        .containerThreads(CONTAINER_THREADS)
        .stubRequestLoggingDisabled(true)
        // HTTP/1.1 only, like the vendors on plain HTTP: no h2c upgrade (the JDK client asks for one),
        // so socket-level faults such as MockFault.truncatedBody act on an HTTP/1.1 connection.
        .http2PlainDisabled(true)
        .port(port)
        .maxRequestJournalEntries(10_000)
        // The journal keeps only the start of each response body: reports are streamed, never held.
        .maxLoggedResponseSize(MAX_LOGGED_RESPONSE_BYTES)
        .extensions(extensions.toArray(Extension[]::new));
    if (port == 0) {
      config.dynamicPort();
    }
    // stubs pre-filtered by method and path, a journal that counts itself: O(1) per request (issue 18)
    config.withStores(new MockStores(config.filesRoot()));
    WireMockServer server = new WireMockServer(config.enableBrowserProxying(false));
    try {
      server.start();
    } catch (RuntimeException e) {
      throw MockStartException.of(bindAddress, port, e);
    }
    restorer.attach(server);
    restorer.registerAll();
    MockProviders mocks = new MockProviders(server, vendorList, bindAddress);
    reset.onReset(mocks::resetState);
    return mocks;
  }

  /** @return the states the vendors know, as patterns of state names, by vendor name */
  public java.util.Map<String, List<String>> providerStates() {
    return ProviderStateEndpoint.statesByVendor(vendors);
  }

  /**
   * Loads a recording folder ({@link Recording}, {@code secplat <vendor> record}): its stubs answer
   * before the vendors' seeded state; requests no recording matches still reach the seeded mocks,
   * and the credential checks still apply. They stay until the providers close ({@link #resetState}
   * keeps them).
   *
   * @param folder the recording folder, holding {@code mappings/*.json}
   * @return this
   */
  public MockProviders loadRecordings(java.nio.file.Path folder) {
    Recording.read(folder).forEach(server::addStubMapping);
    return this;
  }

  /** @return the base URL every vendor is served under, for example {@code http://127.0.0.1:41234} */
  public String baseUrl() {
    return "http://" + urlHost() + ":" + server.port();
  }

  /** @return the port */
  public int port() {
    return server.port();
  }

  /** @return the WireMock server, for request verification and fault injection */
  public WireMockServer server() {
    return server;
  }

  /**
   * How many requests the server received (faulted ones included: a request answered by a
   * dropped connection or a late response was still received).
   *
   * @param method the HTTP method, for example {@code POST}
   * @param pathRegex a regex the whole request path (without query string) must match
   * @return the count since the start or the last {@link #resetRequestCounts()}
   */
  public int requestCount(String method, String pathRegex) {
    java.util.regex.Pattern path = java.util.regex.Pattern.compile(pathRegex);
    return (int) server.getAllServeEvents().stream()
        .map(event -> event.getRequest())
        .filter(request -> request.getMethod().value().equalsIgnoreCase(method))
        .filter(request -> path.matcher(java.net.URI.create(request.getUrl()).getRawPath()).matches())
        .count();
  }

  /**
   * The requests received so far, oldest first, as {@code METHOD /path?query} lines.
   *
   * @return the request lines
   */
  public List<String> requestLines() {
    List<String> lines = new ArrayList<>();
    server.getAllServeEvents().forEach(event ->
        lines.add(0, event.getRequest().getMethod().value() + " " + event.getRequest().getUrl()));
    return lines;
  }

  /** Forgets the requests received so far (state and faults stay). */
  public void resetRequestCounts() {
    server.resetRequests();
  }

  /** @return the URL of the Pact provider-state endpoint, for a verifier's {@code --state-change-url} */
  public String stateChangeUrl() {
    return baseUrl() + ProviderStateEndpoint.PATH;
  }

  /** Restores every vendor's documented starting state and removes injected faults. */
  public void resetState() {
    vendors.forEach(VendorMock::resetState);
    faults.clear();
    server.resetScenarios();
  }

  /** The host to put in URLs: loopback for a wildcard bind, else the bound address. */
  private String urlHost() {
    if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals(LOOPBACK)) {
      return LOOPBACK;
    }
    return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
  }

  @Override
  public void close() {
    server.stop();
  }
}
