package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.spring.AutoConfigureSecplatMocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureSecplatMocks
class ReviewApplicationTest {
  @Autowired
  ReviewApplication.SavedQueries savedQueries;
  @Autowired
  MockProviders mocks;

  @Test
  void theServicesBeanSurvivesAThrottledVeza() {
    mocks.faults().next("/api/v1/assessments/queries", MockFault.status(429).retryAfter("0"));

    assertThat(savedQueries.names()).isNotEmpty();
    assertThat(mocks.requestCount("GET", "/api/v1/assessments/queries")).isEqualTo(2);
  }
}
