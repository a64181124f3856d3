package io.secplat.guardian;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secplat.core.RetryPolicy;
import io.secplat.core.Secret;
import io.secplat.mock.MockProviders;
import io.secplat.mock.guardian.GuardianMock;
import java.util.List;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A Guardian mock provider on loopback and a client for it, fresh state before each test. */
abstract class GuardianMockTestBase {
  static final String API_KEY = "test-api-key-0001";
  static final String SECRET_KEY = "test-secret-key-0002";

  static MockProviders mocks;
  static GuardianClient guardian;
  private final List<StubMapping> overrides = new ArrayList<>();

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new GuardianMock());
    guardian = GuardianClient.builder().baseUrl(mocks.baseUrl()).apiKey(Secret.of(API_KEY)).secretKey(Secret.of(SECRET_KEY))
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    guardian.close();
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    mocks.server().resetRequests();
  }

  /** Puts a stub in front of the mock for this test only (priority 0 wins over every mock stub). */
  StubMapping override(MappingBuilder stub) {
    StubMapping mapping = mocks.server().stubFor(stub.atPriority(0));
    overrides.add(mapping);
    return mapping;
  }

  @AfterEach
  void removeOverrides() {
    overrides.forEach(mocks.server()::removeStub);
    overrides.clear();
    mocks.server().resetScenarios();
  }

  static List<LoggedRequest> requests() {
    return mocks.server().findAll(anyRequestedFor(anyUrl()));
  }

  static LoggedRequest lastRequest() {
    List<LoggedRequest> all = requests();
    return all.get(all.size() - 1);
  }

  /** @return each request as {@code METHOD /path?query}, query parameters sorted by name (still encoded) */
  static List<String> calls() {
    return requests().stream().map(GuardianMockTestBase::call).collect(java.util.stream.Collectors.toList());
  }

  /** @return the last request as {@code METHOD /path?query}, query parameters sorted by name (still encoded) */
  static String lastCall() {
    return call(lastRequest());
  }

  static String call(LoggedRequest request) {
    String url = request.getUrl();
    int question = url.indexOf('?');
    String target = url;
    if (question >= 0) {
      String[] parameters = url.substring(question + 1).split("&");
      java.util.Arrays.sort(parameters);
      target = url.substring(0, question) + "?" + String.join("&", parameters);
    }
    return request.getMethod().getName() + " " + target;
  }
}
