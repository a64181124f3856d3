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
import io.secplat.guardian.ChangeReportOptions;
import io.secplat.guardian.Scope;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The change report: JSON items paged from zero with a limit, one CSV page, the aggregate CSV. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianChangeReportPactTest {
  static final String HEADER = "\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"\n";
  static final String AGGREGATE = HEADER + "\"1\",\"node02\",\"[{\"\"id\"\":1,\"\"name\"\":\"\"agent_version\"\"}]\",\"[]\"\n";

  static PactDslJsonBody report(int items) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.array("diff_counts").closeArray();
    PactDslJsonBody item = body.minArrayLike("diff_items", items, items);
    item.integerType("id", 1).integerType("node_id", 311).stringType("node_name", "prod01").stringType("ci_type", "packages");
    return (PactDslJsonBody) item.closeObject().closeArray();
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact changeReport(PactDslWithProvider builder) {
    String state = "the organisation has three changes";
    return GuardianPact.interactions(builder)
        .get(state, "getChangeReport", "a request for the first page of two changes of a node group",
            "/api/v2/change_report.json?node_group_id=1&limit=2&page=0", report(2))
        .get(state, "getChangeReport", "a request for the second page of two changes of a node group",
            "/api/v2/change_report.json?node_group_id=1&limit=2&page=1", report(1))
        .call(state, "getChangeReport", "a request for one page of the change report of two weeks as CSV", "GET",
            "/api/v2/change_report.csv?weeks=2&show_ignored=true&limit=4000&page=0", UnaryOperator.identity(),
            csv(HEADER + "\"1\",\"prod01\",\"[]\",\"[]\"\n"))
        .call(state, "getAggregateChangeReport", "a request for the change report of a quarter aggregated by node", "GET",
            "/api/v2/change_report/aggregate.csv?node_id=3&date_from=2014-01-01&date_to=2014-03-31&limit=4000&page=0",
            UnaryOperator.identity(), csv(AGGREGATE))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "changeReport")
  void changeReport(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.changeReport().items(ChangeReportOptions.defaults().withScope(Scope.nodeGroup(1)).withLimit(2))
          .stream().count()).isEqualTo(3);
      assertThat(GuardianPact.read(guardian.changeReport().csv(ChangeReportOptions.defaults().withWeeks(2).withShowIgnored(true))))
          .startsWith(HEADER).endsWith("\"prod01\",\"[]\",\"[]\"\n");
      assertThat(GuardianPact.read(guardian.changeReport().aggregateCsv(ChangeReportOptions.defaults().withScope(Scope.node(3))
          .withDates(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 3, 31))))).isEqualTo(AGGREGATE);
    }
  }
}
