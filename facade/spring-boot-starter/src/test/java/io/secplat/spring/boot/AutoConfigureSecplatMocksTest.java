package io.secplat.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.NotFoundException;
import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.spring.AutoConfigureSecplatMocks;
import io.secplat.veza.QueryListOptions;
import io.secplat.veza.VezaClient;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application's own bean, built by the starter from {@code secplat.*} properties that point at
 * a real tenant, talks to the mock providers under {@link AutoConfigureSecplatMocks}; faults and
 * state are reached through the {@link MockProviders} bean and reset before each test.
 */
@SpringBootTest(classes = AutoConfigureSecplatMocksTest.Application.class,
    properties = {"secplat.veza.base-url=https://acme.vezacloud.com", "secplat.veza.api-key=production-key"})
@AutoConfigureSecplatMocks
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureSecplatMocksTest {
  @Autowired
  AccessReview review;
  @Autowired
  MockProviders mocks;

  @Test
  @Order(1)
  void theApplicationsBeanTalksToTheMocksAndSurvivesAnInjectedThrottle() {
    mocks.applyState("saved query q-spring exists");
    mocks.faults().next("/api/v1/assessments/queries", MockFault.status(429).retryAfter("0"));

    assertThat(review.savedQueryIds()).contains("q-spring");
    assertThat(mocks.requestCount("GET", "/api/v1/assessments/queries")).isEqualTo(2);   // throttled, then retried
  }

  @Test
  @Order(2)
  void stateAndFaultsAreResetBeforeEachTest() {
    assertThat(mocks.requestCount("GET", ".*")).isZero();
    assertThat(review.savedQueryIds()).doesNotContain("q-spring");
  }

  @Test
  @Order(3)
  void aFaultReachesTheApplicationAsTheSuitesException() {
    mocks.faults().always("/api/v1/assessments/queries/.*", MockFault.status(404));
    assertThatThrownBy(() -> review.name("anything")).isInstanceOf(NotFoundException.class);
  }

  /** The application under test: a service of its own over the starter's VezaClient. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(SecplatAutoConfiguration.class)
  static class Application {
    @Bean
    AccessReview accessReview(VezaClient veza) {
      return new AccessReview(veza);
    }
  }

  /** An application bean. */
  static final class AccessReview {
    private final VezaClient veza;

    AccessReview(VezaClient veza) {
      this.veza = veza;
    }

    List<String> savedQueryIds() {
      return veza.savedQueries().list(QueryListOptions.defaults()).stream().map(q -> q.getId())
          .collect(Collectors.toList());
    }

    String name(String id) {
      return veza.savedQueries().get(id).getName();
    }
  }
}
