package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.json;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scores, System Metrics and Text Files: one operation each. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianSmallGroupsPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact smallGroups(PactDslWithProvider builder) {
    return GuardianPact.interactions(builder)
        .get("the organisation has scores", "listScores", "a request for the scores, 100 per page",
            "/api/v2/scores.json?page=1&per_page=100", array(1, o -> o.integerType("id", 1L).integerType("score", 870)))
        .get("the appliance reports its disks", "listSystemMetrics", "a request for the disk usage", "/api/v2/system_metrics.json",
            array(1, o -> o.stringType("mount", "/").decimalType("used_percent", 41.5)))
        .get("text file 20 exists", "getTextFile", "a request for a text file", "/api/v2/text_files/20.json",
            object(o -> {
              o.integerType("id", 20L).integerType("category", 1).stringType("checksum", "0fcc7e5d846da8b3079bd56d5eaea6cc")
                  .stringType("data", "This is sample content from a text file").nullValue("name");
              GuardianPact.timestamp(o, "created_at", "2015-03-10T15:37:09-07:00");
            }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "smallGroups")
  void smallGroups(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.scores().list(100).stream().findFirst()).hasValueSatisfying(s -> assertThat(s).containsEntry("score", 870));
      assertThat(guardian.systemMetrics().list()).singleElement().satisfies(m -> assertThat(m).containsEntry("mount", "/"));
      assertThat(guardian.textFiles().get(20).getName()).isNull();
    }
  }
}
