package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.secplat.mock.MockFault;
import io.secplat.mock.MockProviders;
import io.secplat.testkit.SecplatMocks;
import io.secplat.veza.VezaClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SecplatMocks.class)
class SavedQueriesTest {
  @Test
  void namesSurviveAThrottledVeza(VezaClient veza, MockProviders mocks) {
    mocks.faults().next("/api/v1/assessments/queries", MockFault.status(429).retryAfter("0"));

    assertFalse(new SavedQueries(veza).names().isEmpty());
    assertEquals(2, mocks.requestCount("GET", "/api/v1/assessments/queries"));
  }
}
