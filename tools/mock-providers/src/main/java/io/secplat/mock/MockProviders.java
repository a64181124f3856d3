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

  private MockProviders(WireMockServer server, List<VendorMock> vendors) {
    this.server = server;
    this.vendors = vendors;
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
   */
  public static MockProviders start(int port, VendorMock... vendors) {
    List<Extension> extensions = new ArrayList<>();
    for (VendorMock vendor : vendors) {
      extensions.addAll(vendor.extensions());
    }
    extensions.add(new ProviderStateEndpoint(List.of(vendors)));
    extensions.add(new TruncatedBody());
    WireMockConfiguration config = options()
        .bindAddress("127.0.0.1")
        .jettyAcceptors(1)
        .port(port)
        .maxRequestJournalEntries(10_000)
        // The journal keeps only the start of each response body: reports are streamed, never held.
        .maxLoggedResponseSize(MAX_LOGGED_RESPONSE_BYTES)
        .extensions(extensions.toArray(Extension[]::new));
    if (port == 0) {
      config.dynamicPort();
    }
    WireMockServer server = new WireMockServer(config.enableBrowserProxying(false));
    server.start();
    for (VendorMock vendor : vendors) {
      vendor.register(server);
    }
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(ProviderStateEndpoint.PATH))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
            .withTransformers(ProviderStateEndpoint.NAME)));
    return new MockProviders(server, List.of(vendors));
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
    return "http://127.0.0.1:" + server.port();
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

  @Override
  public void close() {
    server.stop();
  }
}
