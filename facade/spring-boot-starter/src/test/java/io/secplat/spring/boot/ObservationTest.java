package io.secplat.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.secplat.britive.BritiveClient;
import io.secplat.core.error.NotFoundException;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A Micrometer Observation per attempt of each call, through the context's ObservationRegistry. */
@ExtendWith(SecplatMocks.class)
class ObservationTest {
  private static final String APP_ID = "app-7f3c9e";
  private static final String TOKEN = "observed-token-5d1a";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SecplatAutoConfiguration.class));

  /** The observations stopped so far, in order. */
  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  private ApplicationContextRunner britive(MockProviders mocks) {
    return runner.withPropertyValues("secplat.britive.base-url=" + mocks.baseUrl(), "secplat.britive.token=" + TOKEN)
        .withBean(ObservationRegistry.class, () -> {
          TestObservationRegistry registry = TestObservationRegistry.create();
          registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
              stopped.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
              return true;
            }
          });
          return registry;
        });
  }

  /** Checks that the test registry saw {@code count} calls, each stopped, none left open; returns them in order. */
  private List<Observation.Context> calls(ObservationRegistry registry, int count) {
    TestObservationRegistryAssert.assertThat((TestObservationRegistry) registry)
        .hasNumberOfObservationsWithNameEqualTo(ObservationPolicy.NAME, count)
        .doesNotHaveAnyRemainingCurrentObservation();
    List<Observation.Context> calls = stopped.stream().filter(c -> ObservationPolicy.NAME.equals(c.getName())).toList();
    assertThat(calls).hasSize(count);
    return calls;
  }

  private static Map<String, String> keyValues(Observation.Context context) {
    Map<String, String> values = new TreeMap<>();
    context.getLowCardinalityKeyValues().forEach(kv -> values.put(kv.getKey(), kv.getValue()));
    return values;
  }

  @Test
  void eachCallIsObservedWithVendorOperationAndOutcome(MockProviders mocks) {
    britive(mocks).withPropertyValues("secplat.britive.client-name=britive-prod").run(context -> {
      context.getBean(BritiveClient.class).environments().list("app-1");
      List<Observation.Context> calls = calls(context.getBean(ObservationRegistry.class), 1);
      assertThat(keyValues(calls.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("vendor", "Britive",
          "client", "britive-prod", "operation", "listEnvironments", "method", "GET", "outcome", "2xx"));
      assertThat(calls.get(0).getHighCardinalityKeyValues()).isEmpty();
      assertThat(calls.get(0).getContextualName()).isEqualTo("Britive listEnvironments");
    });
  }

  @Test
  void aRetriedCallIsOneObservationPerAttemptAndAFailureNamesItsExceptionButNoIdOrSecret(MockProviders mocks) {
    britive(mocks).run(context -> {
      BritiveClient client = context.getBean(BritiveClient.class);
      mocks.faults().next("/api/apps/app-1/environments", MockFault.status(429).retryAfter("0"));
      client.environments().list("app-1");
      mocks.faults().next("/api/apps/" + APP_ID + "/environments", MockFault.status(404));
      assertThatThrownBy(() -> client.environments().list(APP_ID)).isInstanceOf(NotFoundException.class)
          .hasMessageContaining(APP_ID);                                    // the exception names the path...

      List<Observation.Context> calls = calls(context.getBean(ObservationRegistry.class), 3);
      assertThat(calls).extracting(c -> keyValues(c).get("outcome"))
          .containsExactly("RateLimitedException", "2xx", "NotFoundException");
      assertThat(calls).allSatisfy(c -> assertThat(keyValues(c)).containsEntry("client", "Britive")
          .containsEntry("operation", "listEnvironments"));
      assertThat(calls.get(0).getError()).hasMessage("RateLimitedException (HTTP 429)");
      assertThat(calls.get(2).getError()).hasMessage("NotFoundException (HTTP 404)").hasNoCause();
      // ...the observation never does, nor the credential
      List<String> seen = calls.stream().flatMap(c -> Stream.concat(Stream.of(c.getContextualName(),
              String.valueOf(c.getError())), Stream.concat(c.getLowCardinalityKeyValues().stream(),
              c.getHighCardinalityKeyValues().stream()).map(KeyValue::getValue))).toList();
      assertThat(seen).noneMatch(s -> s.contains(APP_ID) || s.contains("app-1") || s.contains(TOKEN));
    });
  }

  @Test
  void withoutAnObservationRegistryNoPolicyIsAdded(MockProviders mocks) {
    runner.withPropertyValues("secplat.britive.base-url=" + mocks.baseUrl(), "secplat.britive.token=" + TOKEN)
        .run(context -> {
          assertThat(context).doesNotHaveBean(ObservationRegistry.class);
          assertThat(context.getBean(BritiveClient.class).environments().list("app-1")).isNotEmpty();
        });
  }
}
