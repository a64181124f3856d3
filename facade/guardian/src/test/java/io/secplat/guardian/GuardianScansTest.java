package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.guardian.generated.model.NodeScan;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Node scans, the scan results of a node and node diffs against the Guardian mock. */
class GuardianScansTest extends GuardianMockTestBase {

  @Test
  void nodeScansAreListedComparedAndSearched() {
    List<NodeScan> scans = guardian.nodeScans().list(311).stream().collect(Collectors.toList());
    assertThat(scans).extracting(NodeScan::getId).containsExactly(9L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_scans.json?node_id=311&page=1&per_page=20");
    guardian.nodeScans().list(311, LocalDate.of(2016, 8, 1), LocalDate.of(2016, 8, 31)).stream().count();
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_scans.json?date_from=2016-08-01&date_to=2016-08-31&node_id=311&page=1&per_page=20");
    guardian.nodeScans().latest(311).stream().count();
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_scans.json?latest=true&node_id=311&page=1&per_page=20");

    assertThat(guardian.nodeScans().get(9).getScanOptions()).isEqualTo("\"scan_ports\":{\"tcp\":\"1-1024\",\"udp\":\"1-1024\"}");
    assertThat(guardian.nodeScans().compare(9, 12)).containsKeys("packages", "__diff_stats");
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_scans/9/compare.json?source_id=12");
    assertThat(guardian.nodeScans().search(NodeScanSearch.of("open ssl").withType("packages").withScope(Scope.nodeGroup(1))
        .withExactMatch(true)).getNodeName()).isEqualTo("SERVER_XYZ");
    assertThat(lastCall()).isEqualTo("GET /api/v2/node_scans/search.json?exact_match=true&node_group_id=1&query=open%20ssl&type=packages");
  }

  @Test
  void scanResultsOfANode() {
    assertThat(guardian.nodes().scanResults().start(311).getJobId()).isEqualTo(1001L);
    assertThat(lastCall()).isEqualTo("POST /api/v2/nodes/311/start_scan.json");
    guardian.nodes().scanResults().start(311, "Change 2001");
    assertThat(lastCall()).isEqualTo("POST /api/v2/nodes/311/start_scan.json?label=Change%202001");

    assertThat(guardian.nodes().scanResults().details(311).getLabel()).isEqualTo("Change 2001");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/scan_details.json");
    guardian.nodes().scanResults().detailsOfScan(311, 1337);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/scan_details.json?scan_id=1337");
    guardian.nodes().scanResults().detailsOfLabel(311, "Change 2001");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/scan_details.json?scan_label=Change%202001");

    assertThat(guardian.nodes().scanResults().lastStatus(311).getStatusString()).isEqualTo("success");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/last_scan_status.json");
    assertThat(guardian.nodes().scanResults().lastSuccessful(311).getStatus()).isEqualTo(2);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/last_successful_scan.json");
    assertThat(guardian.nodes().scanResults().configuration(311).getScanOptions()).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/node_configuration.json");
    assertThat(guardian.nodes().scanResults().ciData(311, "packages")).containsKey("provider");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/ci_data.json?ci_type=packages");
    assertThat(guardian.nodes().scanResults().rawFiles(311)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/raw_files.json");
    assertThat(guardian.nodes().scanResults().rawFile(311, RawFileCategory.RUNNING).getNodeScanId()).isEqualTo(9L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/raw_file.json?category=1");
    guardian.nodes().scanResults().rawFile(311, 125L);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/raw_file.json?raw_file_id=125");
  }

  @Test
  void nodeDiffsInEveryStyle() {
    assertThat(guardian.nodes().diffs().lastScan(50)).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/diff.json?node_id=50");
    guardian.nodes().diffs().betweenNodes(50, 60);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/diff.json?compare_node_id=60&node_id=50");
    guardian.nodes().diffs().betweenScans(100, 200);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/diff.json?compare_scan_id=200&scan_id=100");

    assertThat(guardian.nodes().diffs().acrossNodes(List.of(1L, 2L, 3L), GroupDiffOptions.defaults()).getNodeCount()).isEqualTo(2);
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/group_diff.json?node_ids=1%2C2%2C3");
    guardian.nodes().diffs().acrossNodeGroups(List.of(2L, 4L), GroupDiffOptions.defaults().withShowIgnored(true).withShowDifference(true));
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/group_diff.json?node_group_ids=2%2C4&show_difference=true&show_ignored=true");
  }
}
