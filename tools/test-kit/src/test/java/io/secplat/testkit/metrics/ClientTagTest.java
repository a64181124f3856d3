package io.secplat.testkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.secplat.core.Secret;
import io.secplat.core.metrics.MicrometerMetrics;
import io.secplat.jupiterone.JupiterOneClient;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two clients of one vendor in one registry keep their meters apart by the {@code client} tag. */
@ExtendWith(SecplatMocks.class)
class ClientTagTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();

  private JupiterOneClient client(MockProviders mocks, String name) {
    JupiterOneClient.Builder builder = JupiterOneClient.builder().baseUrl(mocks.baseUrl())
        .apiKey(Secret.of("test-key")).accountId("acct").metrics(MicrometerMetrics.of(registry));
    return (name == null ? builder : builder.clientName(name)).build();
  }

  @Test
  void twoJupiterOneClientsKeepSeparateMetersAndClosingOneLeavesTheOther(MockProviders mocks) {
    JupiterOneClient prod = client(mocks, "j1-prod");
    try (JupiterOneClient staging = client(mocks, "j1-staging")) {
      prod.query("FIND User").stream().count();
      staging.query("FIND User").stream().count();
      staging.query("FIND User").stream().count();

      assertThat(requests("j1-prod")).isEqualTo(1);
      assertThat(requests("j1-staging")).isEqualTo(2);
      assertThat(breakerClosed("j1-prod")).isEqualTo(1.0);
      assertThat(breakerClosed("j1-staging")).isEqualTo(1.0);

      prod.close();

      assertThat(metersOf("j1-prod")).isEmpty();
      assertThat(metersOf("j1-staging")).contains(MicrometerMetrics.REQUESTS, "resilience4j.circuitbreaker.state");
      assertThat(breakerClosed("j1-staging")).isEqualTo(1.0);
      staging.query("FIND User").stream().count();
      assertThat(requests("j1-staging")).isEqualTo(3);
    }
    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void withoutANameTheClientTagIsTheVendor(MockProviders mocks) {
    try (JupiterOneClient j1 = client(mocks, null)) {
      j1.query("FIND User").stream().count();
      assertThat(requests("JupiterOne")).isEqualTo(1);
      assertThat(breakerClosed("JupiterOne")).isEqualTo(1.0);
    }
  }

  @Test
  void aNameThatIsNoTagValueIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> JupiterOneClient.builder().clientName("prod env"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientName");
  }

  private long requests(String client) {
    return registry.find(MicrometerMetrics.REQUESTS).tag("client", client).timers().stream().mapToLong(Timer::count).sum();
  }

  private double breakerClosed(String client) {
    return registry.get("resilience4j.circuitbreaker.state").tags("client", client, "state", "closed").gauge().value();
  }

  private List<String> metersOf(String client) {
    return registry.getMeters().stream().filter(m -> client.equals(m.getId().getTag("client")))
        .map(Meter::getId).map(Meter.Id::getName).distinct().collect(Collectors.toList());
  }
}
