package io.secplat.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.secplat.britive.BritiveClient;
import io.secplat.mock.MockProviders;
import io.secplat.veza.VezaClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit shares one set of mock providers across test classes of a run, and still resets state
 * before each test; {@code secplat.mocks.shared=false} gives each class its own (as parallel classes get).
 * Runs two test classes through the JUnit launcher, as a build tool would.
 */
class SharedMocksTest {
  /** What the inner test classes saw, in order: the providers instance of each test. */
  static final List<MockProviders> SEEN = Collections.synchronizedList(new ArrayList<>());

  @Test
  void twoTestClassesShareOneSetOfMockProvidersAndEachTestStartsFromTheSeed() {
    TestExecutionSummary summary = run(Map.of());

    assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
    assertThat(summary.getTestsFailedCount()).isZero();
    assertThat(SEEN).hasSize(4);
    assertThat(SEEN.stream().distinct()).hasSize(1);           // one instance for both classes
  }

  @Test
  void sharingOffGivesEachTestClassItsOwnMockProviders() {
    TestExecutionSummary summary = run(Map.of(SecplatMocks.SHARED, "false"));

    assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
    assertThat(SEEN).hasSize(4);
    assertThat(SEEN.get(0)).isSameAs(SEEN.get(1));
    assertThat(SEEN.get(2)).isSameAs(SEEN.get(3)).isNotSameAs(SEEN.get(0));
  }

  private static TestExecutionSummary run(Map<String, String> configuration) {
    SEEN.clear();
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
        .configurationParameters(configuration)
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    listener.getSummary().getFailures().forEach(failure -> failure.getException().printStackTrace());
    return listener.getSummary();
  }

  /** Creates a Veza saved query, then checks that the next test does not see it. */
  @ExtendWith(SecplatMocks.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class FirstClass {
    @Test
    @Order(1)
    void changesState(VezaClient veza, MockProviders mocks) {
      SEEN.add(mocks);
      mocks.applyState("saved query q-shared exists");
      assertThat(veza.savedQueries().get("q-shared").getId()).isEqualTo("q-shared");
    }

    @Test
    @Order(2)
    void startsFromTheSeed(VezaClient veza, MockProviders mocks) {
      SEEN.add(mocks);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> veza.savedQueries().get("q-shared"))
          .isInstanceOf(io.secplat.core.error.NotFoundException.class);
      mocks.resetRequestCounts();
      assertThat(mocks.requestCount("GET", ".*")).isZero();     // the request journal was reset too
      assertThat(mocks.providerStates()).containsKeys("britive", "veza", "guardian", "jupiterone");
    }
  }

  /** Runs after {@link FirstClass}: its state and faults are gone. */
  @ExtendWith(SecplatMocks.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SecondClass {
    @Test
    @Order(1)
    void injectsAFault(BritiveClient britive, MockProviders mocks) {
      SEEN.add(mocks);
      assertThat(mocks.requestCount("GET", ".*")).isZero();   // the first class's requests are forgotten
      mocks.faults().always("/api/apps/.*", io.secplat.mock.MockFault.status(404));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> britive.environments().list("app-1"))
          .isInstanceOf(io.secplat.core.error.NotFoundException.class);
    }

    @Test
    @Order(2)
    void doesNotMeetTheFaultOfTheTestBefore(BritiveClient britive, MockProviders mocks) {
      SEEN.add(mocks);
      assertThat(britive.environments().list("app-1")).isNotEmpty();
    }
  }
}
