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
import io.secplat.guardian.NodeScanSearch;
import io.secplat.guardian.Scope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Node Scans: listing (all, by dates, latest), one scan, comparison, search. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianNodeScansPactTest {

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact nodeScans(PactDslWithProvider builder) {
    String state = "node 3 has been scanned";
    return GuardianPact.interactions(builder)
        .get(state, "listNodeScans", "a request for the scans of a node", "/api/v2/node_scans.json?node_id=3&page=1&per_page=20",
            array(1, GuardianPact::nodeScan))
        .get(state, "listNodeScans", "a request for the scans of a node in August 2016",
            "/api/v2/node_scans.json?node_id=3&date_from=2016-08-01&date_to=2016-08-31&page=1&per_page=20",
            array(1, GuardianPact::nodeScan))
        .get(state, "listNodeScans", "a request for the latest scan of a node",
            "/api/v2/node_scans.json?node_id=3&latest=true&page=1&per_page=20", array(1, GuardianPact::nodeScan))
        .get(state, "getNodeScan", "a request for a scan", "/api/v2/node_scans/9.json", object(GuardianPact::nodeScan))
        .get(state, "compareNodeScans", "a request to compare a scan with the latest of another source",
            "/api/v2/node_scans/9/compare.json?source_id=12",
            object(o -> o.object("packages").closeObject().object("__diff_stats").closeObject()))
        .get(state, "searchNodeScans", "a search for a package in the scans of a node group",
            "/api/v2/node_scans/search.json?query=openssl&type=packages&node_group_id=1&exact_match=true",
            object(o -> {
              o.integerType("node_id", 6L).stringType("node_name", "SERVER_XYZ").object("data").closeObject();
              GuardianPact.timestamp(o, "scan_date", "2014-06-28T21:24:24-07:00");
            }))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "nodeScans")
  void nodeScans(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodeScans().list(3).stream().count()).isEqualTo(1);
      assertThat(guardian.nodeScans().list(3, LocalDate.of(2016, 8, 1), LocalDate.of(2016, 8, 31)).stream().count()).isEqualTo(1);
      assertThat(guardian.nodeScans().latest(3).stream().findFirst()).hasValueSatisfying(scan -> assertThat(scan.getId()).isEqualTo(9L));
      assertThat(guardian.nodeScans().get(9).getTaskId()).isEqualTo(6L);
      assertThat(guardian.nodeScans().compare(9, 12)).containsKeys("packages", "__diff_stats");
      assertThat(guardian.nodeScans().search(NodeScanSearch.of("openssl").withType("packages").withScope(Scope.nodeGroup(1))
          .withExactMatch(true)).getNodeName()).isEqualTo("SERVER_XYZ");
    }
  }
}
