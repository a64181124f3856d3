package io.secplat.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.List;

/** One vendor's simulator: the WireMock extensions it needs and the stubs it registers. */
public interface VendorMock {

  /** @return the vendor's name, for example {@code britive} */
  String name();

  /** @return extensions to install when the server is created */
  List<Extension> extensions();

  /**
   * Registers the vendor's stubs on a started server.
   *
   * @param server the server
   */
  void register(WireMockServer server);

  /** Forgets every change made by requests and restores the documented starting state. */
  void resetState();
}
