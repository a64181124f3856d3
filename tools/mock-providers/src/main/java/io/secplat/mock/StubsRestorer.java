package io.secplat.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import java.util.List;

/**
 * Registers the vendors' stubs and the suite's own endpoints, and registers them again after
 * WireMock's own reset ({@code POST /__admin/reset}, {@code /__admin/mappings/reset}), which
 * would otherwise leave every vendor without a single stub.
 */
final class StubsRestorer implements StubLifecycleListener {
  private final List<VendorMock> vendors;
  private volatile WireMockServer server;

  StubsRestorer(List<VendorMock> vendors) {
    this.vendors = vendors;
  }

  @Override
  public String getName() {
    return "secplat-stubs-restorer";
  }

  void attach(WireMockServer server) {
    this.server = server;
  }

  /** Registers every vendor's stubs and the suite's endpoints on the attached server. */
  void registerAll() {
    WireMockServer target = server;
    for (VendorMock vendor : vendors) {
      vendor.register(target);
    }
    target.stubFor(WireMock.post(WireMock.urlPathEqualTo(ProviderStateEndpoint.PATH))
        .willReturn(WireMock.aResponse().withTransformers(ProviderStateEndpoint.NAME)));
    target.stubFor(WireMock.get(WireMock.urlPathEqualTo(ProviderStateEndpoint.PATH))
        .willReturn(WireMock.aResponse().withTransformers(ProviderStateEndpoint.NAME)));
    target.stubFor(WireMock.post(WireMock.urlPathEqualTo(ResetEndpoint.PATH))
        .willReturn(WireMock.aResponse().withTransformers(ResetEndpoint.NAME)));
  }

  @Override
  public void afterStubsReset() {
    if (server == null) {
      return;   // the server's own start-up, before the vendors registered
    }
    vendors.forEach(VendorMock::resetState);
    registerAll();
  }
}
