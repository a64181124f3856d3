package io.secplat.britive;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.britive.BritiveMock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A Britive mock provider on loopback and a client for it, fresh state before each test. */
abstract class BritiveMockTestBase {
  static MockProviders mocks;
  static BritiveClient britive;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new BritiveMock());
    britive = BritiveClient.builder().baseUrl(mocks.baseUrl()).token(Secret.of("test-token-0001"))
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    britive.close();
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    mocks.server().resetRequests();
  }

  static List<LoggedRequest> requests() {
    return mocks.server().findAll(anyRequestedFor(anyUrl()));
  }

  static LoggedRequest lastRequest() {
    List<LoggedRequest> all = requests();
    return all.get(all.size() - 1);
  }
}
