package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.noContent;
import static io.secplat.contract.guardian.GuardianPact.object;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Delayed Jobs. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianDelayedJobsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact delayedJobs(PactDslWithProvider builder) {
    String state = "delayed job 1 exists";
    return GuardianPact.interactions(builder)
        .get(state, "listDelayedJobs", "a request for the delayed jobs", "/api/v2/delayed_jobs.json?page=1&per_page=20",
            array(1, GuardianPact::delayedJob))
        .get(state, "listDelayedJobs", "a request for the delayed jobs matching a search",
            "/api/v2/delayed_jobs.json?page=1&per_page=20&search=generate_report", array(1, GuardianPact::delayedJob))
        .get(state, "getDelayedJob", "a request for a delayed job", "/api/v2/delayed_jobs/1.json", object(GuardianPact::delayedJob))
        .call(state, "deleteDelayedJob", "a request to delete a delayed job", "DELETE", "/api/v2/delayed_jobs/1.json",
            UnaryOperator.identity(), noContent())
        .call(state, "deleteAllDelayedJobs", "a request to delete every delayed job", "DELETE",
            "/api/v2/delayed_jobs/destroy_all.json", UnaryOperator.identity(), noContent())
        .call(state, "deleteAllDelayedJobs", "a request to delete the delayed jobs matching a search", "DELETE",
            "/api/v2/delayed_jobs/destroy_all.json?search=generate_report", UnaryOperator.identity(), noContent())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "delayedJobs")
  void delayedJobs(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.delayedJobs().list().stream().count()).isEqualTo(1);
      assertThat(guardian.delayedJobs().list("generate_report").stream().findFirst())
          .hasValueSatisfying(job -> assertThat(job.getAttempts()).isEqualTo(3));
      assertThat(guardian.delayedJobs().get(1).getLastError()).isEqualTo("Appliance not ready");
      guardian.delayedJobs().delete(1);
      guardian.delayedJobs().deleteAll();
      guardian.delayedJobs().deleteAll("generate_report");
    }
  }
}
