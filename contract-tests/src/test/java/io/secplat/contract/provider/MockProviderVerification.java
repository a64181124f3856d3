package io.secplat.contract.provider;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import io.secplat.mock.jupiterone.JupiterOneMock;
import io.secplat.mock.veza.VezaMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The running mock providers that pacts are verified against, and the provider-state setup that
 * goes through the mocks' standard endpoint ({@code POST /_pact/provider-states}), exactly as an
 * external verifier's {@code --state-change-url} would.
 */
final class MockProviderVerification {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static MockProviders mocks;

  private MockProviderVerification() {}

  /** @return the mock providers, started once per test run on a free loopback port */
  static synchronized MockProviders mocks() {
    if (mocks == null) {
      mocks = MockProviders.start(0, new BritiveMock(), new VezaMock(),
          new JupiterOneMock());
      Runtime.getRuntime().addShutdownHook(new Thread(mocks::close));
    }
    return mocks;
  }

  /** Points the verifier at the mocks and sets up the interaction's provider states. */
  static void prepare(PactVerificationContext context) throws IOException, InterruptedException {
    MockProviders providers = mocks();
    context.setTarget(new HttpTestTarget("127.0.0.1", providers.port()));
    for (ProviderState state : context.getInteraction().getProviderStates()) {
      String body = JSON.writeValueAsString(Map.of("state", state.getName(), "params", state.getParams(),
          "action", "setup"));
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(providers.stateChangeUrl()))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("interaction '" + context.getInteraction().getDescription()
            + "': the mock provider cannot set up state '" + state.getName() + "': " + response.body());
      }
    }
  }
}
