package io.secplat.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injects failures into the mock providers: a sequence of faults, each answering one request to a
 * path, after which requests are served normally again. Standalone users can do the same through
 * WireMock's own admin API ({@code POST /__admin/mappings}).
 */
public final class MockFaults {
  private final WireMockServer server;
  private final List<StubMapping> injected = new ArrayList<>();
  private final AtomicInteger sequences = new AtomicInteger();

  MockFaults(WireMockServer server) {
    this.server = server;
  }

  /**
   * Answers the next requests to matching paths with these faults, one request each, in order.
   *
   * @param pathRegex a regex of request paths, for example {@code /api/apps/.*}
   * @param faults the faults, at least one
   * @return this
   */
  public synchronized MockFaults next(String pathRegex, MockFault... faults) {
    if (faults.length == 0) {
      throw new IllegalArgumentException("faults must not be empty");
    }
    String scenario = "secplat-faults-" + sequences.incrementAndGet();
    for (int i = 0; i < faults.length; i++) {
      injected.add(server.stubFor(any(urlPathMatching(pathRegex)).atPriority(0)
          .inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "fault-" + i)
          .willSetStateTo("fault-" + (i + 1))
          .willReturn(faults[i].response())));
    }
    return this;
  }

  /**
   * Answers every request to matching paths with this fault until {@link #clear()}.
   *
   * @param pathRegex a regex of request paths
   * @param fault the fault
   * @return this
   */
  public synchronized MockFaults always(String pathRegex, MockFault fault) {
    injected.add(server.stubFor(any(urlPathMatching(pathRegex)).atPriority(0).willReturn(fault.response())));
    return this;
  }

  /** Removes every injected fault. */
  public synchronized void clear() {
    injected.forEach(server::removeStub);
    injected.clear();
  }
}
