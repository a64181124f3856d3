package io.secplat.jupiterone;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A JupiterOne mock provider on loopback and a client for it; fresh state before each test. Tests
 * script edge cases with WireMock stubs at priority {@value #SCRIPTED}, above the provider's own;
 * they are removed before the next test.
 */
abstract class JupiterOneMockTestBase {
  static final int SCRIPTED = 3;
  static final ObjectMapper JSON = new ObjectMapper();
  static final JupiterOneMock J1 = new JupiterOneMock();
  static MockProviders mocks;
  static JupiterOneClient j1;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, J1);
    j1 = client(RetryPolicy.none());
  }

  @AfterAll
  static void stop() {
    j1.close();
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    J1.j1qlPageSize(250).listPageSize(25).deferredPollsInProgress(1).deferredLinkBase(null).syncReadsFinalizePending(0);
    mocks.server().getStubMappings().stream()
        .filter(stub -> stub.getPriority() != null && stub.getPriority() == SCRIPTED)
        .collect(Collectors.toList())
        .forEach(stub -> mocks.server().removeStub(stub));
    mocks.server().resetRequests();
    mocks.server().resetScenarios();
  }

  static JupiterOneClient client(RetryPolicy retry) {
    return JupiterOneClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of("test-key-0001")).accountId("j1-acc-1")
        .retryPolicy(retry).build();
  }

  static RetryPolicy quickRetries() {
    return RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build();
  }

  static List<LoggedRequest> requests() {
    return mocks.server().findAll(anyRequestedFor(anyUrl()));
  }

  static List<LoggedRequest> requests(String path) {
    return requests().stream().filter(r -> r.getUrl().equals(path) || r.getUrl().startsWith(path + "?"))
        .collect(Collectors.toList());
  }

  static LoggedRequest lastRequest() {
    List<LoggedRequest> all = requests();
    return all.get(all.size() - 1);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode body(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBodyAsString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
