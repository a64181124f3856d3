package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.csv;
import static io.secplat.contract.guardian.GuardianPact.json;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.DiffOptions;
import io.secplat.guardian.Scope;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Diffs: the diff items paged inside their answer, and a page as CSV. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianDiffsPactTest {
  static final String CSV = "\"ID\",\"Node\",\"CI_Type\",\"Old\",\"New\"\n\"1\",\"prod01\",\"packages\",\"1.0\",\"1.1\"\n";

  static PactDslJsonBody page(int items) {
    PactDslJsonBody body = new PactDslJsonBody().integerType("diff_items_count", items).integerType("ignored_items_count", 0)
        .integerType("total_items_count", items);
    body.array("ignored_items").closeArray();
    PactDslJsonBody item = body.minArrayLike("diff_items", items, items);
    item.integerType("node_id", 311).stringType("ci_type", "packages").stringType("name", "openssl");
    return (PactDslJsonBody) item.closeObject().closeArray();
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact diffs(PactDslWithProvider builder) {
    String state = "node 311 has three diff items";
    return GuardianPact.interactions(builder)
        .get(state, "listDiffs", "a request for the first page of two diff items of a node on a day",
            "/api/v2/diffs.json?node_id=311&date_from=2018-07-07 00:00:00&date_to=2018-07-07 23:59:59&page=1&per_page=2", page(2))
        .get(state, "listDiffs", "a request for the second page of two diff items of a node on a day",
            "/api/v2/diffs.json?node_id=311&date_from=2018-07-07 00:00:00&date_to=2018-07-07 23:59:59&page=2&per_page=2", page(1))
        .call(state, "listDiffs", "a request for the diff items of a node with ignored ones as CSV", "GET",
            "/api/v2/diffs.csv?node_id=311&include_ignored=true&page=1&per_page=500", UnaryOperator.identity(), csv(CSV))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "diffs")
  void diffs(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      DiffOptions day = DiffOptions.defaults().withScope(Scope.node(311))
          .withTimes(LocalDateTime.of(2018, 7, 7, 0, 0), LocalDateTime.of(2018, 7, 7, 23, 59, 59)).withPerPage(2);
      assertThat(guardian.diffs().list(day).stream().count()).isEqualTo(3);
      assertThat(GuardianPact.read(guardian.diffs().csv(DiffOptions.defaults().withScope(Scope.node(311)).withIncludeIgnored(true), 1)))
          .isEqualTo(CSV);
    }
  }
}
