package io.secplat.contract.guardian;

import static io.secplat.contract.guardian.GuardianPact.array;
import static io.secplat.contract.guardian.GuardianPact.csv;
import static io.secplat.contract.guardian.GuardianPact.emptyArray;
import static io.secplat.contract.guardian.GuardianPact.object;
import static io.secplat.contract.guardian.GuardianPact.status;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.secplat.guardian.GroupDiffOptions;
import io.secplat.guardian.GuardianClient;
import io.secplat.guardian.RawFileCategory;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nodes, continued: scanning a node, what its scans found (JSON and CSV), and diffs. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = GuardianPact.PROVIDER, hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V3)
class GuardianNodeScanResultsPactTest {
  static final String LAST_SCAN_CSV = "\"ID\",\"Node\",\"Label\",\"Status\"\n\"9\",\"311\",\"Authorized change 2001\",\"1\"\n";

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact scanResults(PactDslWithProvider builder) {
    String state = "node 311 has been scanned";
    return GuardianPact.interactions(builder)
        .call(state, "startNodeScan", "a request to start a labelled scan of a node", "POST",
            "/api/v2/nodes/311/start_scan.json?label=Change 2001", UnaryOperator.identity(),
            status(201, object(o -> o.integerType("job_id", 1337L))))
        .get(state, "getNodeScanDetails", "a request for the details of a labelled scan",
            "/api/v2/nodes/311/scan_details.json?scan_label=Change 2001",
            object(o -> o.integerType("id", 1337L).stringType("label", "Change 2001").integerType("status", 0)
                .stringType("data", "{\"packages\":{}}")))
        .get(state, "getNodeLastScanStatus", "a request for the status of the last scan",
            "/api/v2/nodes/311/last_scan_status.json", object(GuardianPact::scanStatus))
        .get(state, "getNodeLastSuccessfulScan", "a request for the last successful scan",
            "/api/v2/nodes/311/last_successful_scan.json", object(GuardianPact::scanStatus))
        .get(state, "getNodeLastScanDetails", "a request for the last scan without its data",
            "/api/v2/nodes/311/last_node_scan_details.json?with_data=false", object(GuardianPact::nodeScan))
        .call(state, "getNodeLastScanDetails", "a request for the last scan as CSV", "GET",
            "/api/v2/nodes/311/last_node_scan_details.csv?with_data=true", UnaryOperator.identity(), csv(LAST_SCAN_CSV))
        .get(state, "getNodeConfiguration", "a request for the scan configuration of a node",
            "/api/v2/nodes/311/node_configuration.json", object(GuardianPact::scanConfiguration))
        .get(state, "getNodeCiData", "a request for the packages of the latest scan", "/api/v2/nodes/311/ci_data.json?ci_type=packages",
            object(o -> o.object("provider").closeObject()))
        .get(state, "listNodeRawFiles", "a request for the raw files of a node", "/api/v2/nodes/311/raw_files.json",
            array(1, o -> o.integerType("id", 125L).integerType("node_scan_id", 9L).stringType("data", "hostname fw1")))
        .get(state, "getNodeRawFile", "a request for the running configuration", "/api/v2/nodes/311/raw_file.json?category=1",
            object(o -> o.integerType("id", 125L).integerType("node_scan_id", 9L).stringType("data", "hostname fw1")))
        .get(state, "getNodeRawFile", "a request for one raw file", "/api/v2/nodes/311/raw_file.json?raw_file_id=125",
            object(o -> o.integerType("id", 125L).integerType("node_scan_id", 9L).stringType("data", "hostname fw1")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "scanResults")
  void scanResults(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodes().scanResults().start(311, "Change 2001").getJobId()).isEqualTo(1337L);
      assertThat(guardian.nodes().scanResults().detailsOfLabel(311, "Change 2001").getId()).isEqualTo(1337L);
      assertThat(guardian.nodes().scanResults().lastStatus(311).getStatusString()).isEqualTo("success");
      assertThat(guardian.nodes().scanResults().lastSuccessful(311).getStatus()).isEqualTo(2);
      assertThat(guardian.nodes().scanResults().lastDetails(311, false).getLabel()).isEqualTo("Authorized change 2001");
      assertThat(GuardianPact.read(guardian.nodes().scanResults().lastDetailsCsv(311, true))).isEqualTo(LAST_SCAN_CSV);
      assertThat(guardian.nodes().scanResults().configuration(311).getPolicies()).isEmpty();
      assertThat(guardian.nodes().scanResults().ciData(311, "packages")).containsKey("provider");
      assertThat(guardian.nodes().scanResults().rawFiles(311)).singleElement()
          .satisfies(file -> assertThat(file.getData()).isEqualTo("hostname fw1"));
      assertThat(guardian.nodes().scanResults().rawFile(311, RawFileCategory.RUNNING).getId()).isEqualTo(125L);
      assertThat(guardian.nodes().scanResults().rawFile(311, 125L).getNodeScanId()).isEqualTo(9L);
    }
  }

  @Pact(consumer = GuardianPact.CONSUMER)
  RequestResponsePact scanDetailsAndDiffs(PactDslWithProvider builder) {
    String state = "nodes 50 and 60 have been scanned";
    return GuardianPact.interactions(builder)
        .get(state, "getNodeScanDetails", "a request for the details of the latest scan", "/api/v2/nodes/50/scan_details.json",
            object(o -> o.integerType("id", 1337L).stringType("label", "Change 2001").integerType("status", 0)))
        .get(state, "getNodeScanDetails", "a request for the details of one scan", "/api/v2/nodes/50/scan_details.json?scan_id=1337",
            object(o -> o.integerType("id", 1337L).stringType("label", "Change 2001").integerType("status", 0)))
        .call(state, "startNodeScan", "a request to start a scan of a node", "POST", "/api/v2/nodes/50/start_scan.json",
            UnaryOperator.identity(), status(201, object(o -> o.integerType("job_id", 1338L))))
        .get(state, "getNodeDiff", "a request for what the last scan of a node changed", "/api/v2/nodes/diff.json?node_id=50",
            emptyArray())
        .get(state, "getNodeDiff", "a request for the differences between two nodes",
            "/api/v2/nodes/diff.json?node_id=50&compare_node_id=60", emptyArray())
        .get(state, "getNodeDiff", "a request for the differences between two scans",
            "/api/v2/nodes/diff.json?scan_id=100&compare_scan_id=200", emptyArray())
        .get(state, "getGroupDiff", "a request to compare the latest scans of three nodes",
            "/api/v2/nodes/group_diff.json?node_ids=1,2,3",
            object(o -> o.stringType("name", "Group Diff").integerType("node_count", 3).stringType("group_hash", "abc")))
        .get(state, "getGroupDiff", "a request to compare two node groups with ignored items and differences only",
            "/api/v2/nodes/group_diff.json?node_group_ids=2,4&show_ignored=true&show_difference=true",
            object(o -> o.stringType("name", "Group Diff").integerType("node_count", 2).stringType("group_hash", "def")))
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "scanDetailsAndDiffs")
  void scanDetailsAndDiffs(MockServer server) {
    try (GuardianClient guardian = GuardianPact.client(server)) {
      assertThat(guardian.nodes().scanResults().details(50).getLabel()).isEqualTo("Change 2001");
      assertThat(guardian.nodes().scanResults().detailsOfScan(50, 1337).getStatus()).isZero();
      assertThat(guardian.nodes().scanResults().start(50).getJobId()).isEqualTo(1338L);
      assertThat(guardian.nodes().diffs().lastScan(50)).isEmpty();
      assertThat(guardian.nodes().diffs().betweenNodes(50, 60)).isEmpty();
      assertThat(guardian.nodes().diffs().betweenScans(100, 200)).isEmpty();
      assertThat(guardian.nodes().diffs().acrossNodes(List.of(1L, 2L, 3L), GroupDiffOptions.defaults()).getNodeCount()).isEqualTo(3);
      assertThat(guardian.nodes().diffs().acrossNodeGroups(List.of(2L, 4L),
          GroupDiffOptions.defaults().withShowIgnored(true).withShowDifference(true)).getGroupHash()).isEqualTo("def");
    }
  }
}
