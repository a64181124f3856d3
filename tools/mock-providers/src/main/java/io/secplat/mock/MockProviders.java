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

  private MockProviders(WireMockServer server, List<VendorMock> vendors) {
    this.server = server;
    this.vendors = vendors;
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
    return new MockProviders(server, List.of(vendors));
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

  /** Restores every vendor's documented starting state. */
  public void resetState() {
    vendors.forEach(VendorMock::resetState);
  }

  @Override
  public void close() {
    server.stop();
  }
}
