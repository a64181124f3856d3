package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.csv;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
import static io.secplat.contract.guardian.GuardianPact.json;
import static io.secplat.contract.guardian.GuardianPact.object;
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
import io.secplat.guardian.Scope;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CIS benchmarks: latest results, one benchmark, the active ones, the summary, results (JSON and CSV), rules. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianCisBenchmarksPactTest {
  static final String CSV = "\"Rule\",\"Node\",\"Result\"\n\"1.1.1\",\"prod01\",\"pass\"\n";
  static final String RULE = "xccdf_org.cisecurity.benchmarks_rule_1.1.1_L1_Set_Enforce_password_history_to_24_or_more_passwords";

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact cisBenchmarks(PactDslWithProvider builder) {
    String state = "CIS benchmark 4 has results";
    PactDslJsonBody results = object(o -> o.booleanType("specific", false).object("benchmark").closeObject());
    return GuardianPact.interactions(builder)
        .get(state, "listCisBenchmarks", "a request for the latest CIS benchmark results", "/api/v2/cis_benchmarks.json?page=1&per_page=20",
            emptyArray())
        .get(state, "getCisBenchmark", "a request for the results of a benchmark", "/api/v2/cis_benchmarks/4.json", results)
        .get(state, "getCisBenchmark", "a request for the results of a benchmark for an environment over 7",
            "/api/v2/cis_benchmarks/4.json?environment_id=30&timespan=7", results)
        .get(state, "listAvailableCisBenchmarks", "a request for the active CIS benchmarks",
            "/api/v2/cis_benchmarks/benchmarks.json?active_only=true", emptyArray())
        .get(state, "getCisBenchmarkResultSummary", "a request for the result summary",
            "/api/v2/cis_benchmarks/benchmark_result_summary.json", emptyArray())
        .get(state, "getCisBenchmarkResultSummary", "a request for the result summary over 30",
            "/api/v2/cis_benchmarks/benchmark_result_summary.json?timespan=30", emptyArray())
        .get(state, "listCisBenchmarkResults", "a request for the results of a benchmark for a node group",
            "/api/v2/cis_benchmarks/4/benchmark_results.json?node_group_id=1&page=1&per_page=20", emptyArray())
        .call(state, "listCisBenchmarkResults", "a request for a page of the results of a benchmark for a node as CSV", "GET",
            "/api/v2/cis_benchmarks/4/benchmark_results.csv?node_id=311&page=1&per_page=100", UnaryOperator.identity(), csv(CSV))
        .get(state, "listCisBenchmarkRules", "a request for the rules of a benchmark",
            "/api/v2/cis_benchmarks/benchmark_rules.json?benchmark_id=" + RULE, emptyArray())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "cisBenchmarks")
  void cisBenchmarks(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.cisBenchmarks().list().stream().count()).isZero();
      assertThat(guardian.cisBenchmarks().get(4, Scope.organisation()).getSpecific()).isFalse();
      assertThat(guardian.cisBenchmarks().get(4, Scope.environment(30), 7).getBenchmark()).isEmpty();
      assertThat(guardian.cisBenchmarks().available(true)).isEmpty();
      assertThat(guardian.cisBenchmarks().resultSummary()).isEmpty();
      assertThat(guardian.cisBenchmarks().resultSummary(30)).isEmpty();
      assertThat(guardian.cisBenchmarks().results(4, Scope.nodeGroup(1)).stream().count()).isZero();
      assertThat(GuardianPact.read(guardian.cisBenchmarks().resultsCsv(4, Scope.node(311), 1, 100))).isEqualTo(CSV);
      assertThat(guardian.cisBenchmarks().rules(RULE)).isEmpty();
    }
  }
}
