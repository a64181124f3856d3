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

  /**
   * Makes a Pact provider state true, on top of the documented starting state.
   *
   * @param state the state's name, as a pact names it
   * @param params the state's parameters, possibly empty
   * @return true when this vendor knows the state; false leaves it to another vendor
   */
  default boolean applyState(String state, java.util.Map<String, Object> params) {
    return false;
  }

  /** @return the provider states this vendor knows, as patterns of state names (for listing) */
  default List<String> states() {
    return List.of();
  }
}
