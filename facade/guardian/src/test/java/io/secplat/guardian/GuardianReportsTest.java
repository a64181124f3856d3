package io.secplat.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.secplat.core.error.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reports against the Guardian mock: the change report's zero-based paging, CSV and PDF documents. */
class GuardianReportsTest extends GuardianMockTestBase {

  @Test
  void changeReportItemsArePagedFromZeroWithLimitUntilAShortPage() {
    List<Map<String, Object>> items = guardian.changeReport()
        .items(ChangeReportOptions.defaults().withScope(Scope.nodeGroup(1)).withLimit(5)).stream().collect(Collectors.toList());

    assertThat(items).hasSize(12);
    assertThat(items.get(0)).containsEntry("id", 1).containsEntry("node_name", "prod01");
    assertThat(items.get(11)).containsEntry("id", 12);
    assertThat(calls()).containsExactly(
        "GET /api/v2/change_report.json?limit=5&node_group_id=1&page=0",
        "GET /api/v2/change_report.json?limit=5&node_group_id=1&page=1",
        "GET /api/v2/change_report.json?limit=5&node_group_id=1&page=2");
  }

  @Test
  void changeReportItemsOfAnExactMultipleEndOnTheEmptyPage() {
    assertThat(guardian.changeReport().items(ChangeReportOptions.defaults().withLimit(6)).stream().count()).isEqualTo(12);
    assertThat(calls()).containsExactly(
        "GET /api/v2/change_report.json?limit=6&page=0",
        "GET /api/v2/change_report.json?limit=6&page=1",
        "GET /api/v2/change_report.json?limit=6&page=2");
  }

  @Test
  void theChangeReportCsvIsOnePageStreamed() throws IOException {
    String csv = read(guardian.changeReport().csv(ChangeReportOptions.defaults()
        .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).withShowIgnored(true).withLimit(3).withPage(1)));

    assertThat(lastCall()).isEqualTo("GET /api/v2/change_report.csv?date_from=2024-01-01&date_to=2024-01-31&limit=3&page=1"
        + "&show_ignored=true");
    assertThat(lastRequest().getHeader("Accept")).isEqualTo("text/csv");
    assertThat(csv).isEqualTo("\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"\n"
        + "\"4\",\"prod01-3\",\"[{\"\"packages\"\":3}]\",\"[{\"\"packages\"\":4}]\"\n"
        + "\"5\",\"prod01-4\",\"[{\"\"packages\"\":4}]\",\"[{\"\"packages\"\":5}]\"\n"
        + "\"6\",\"prod01-5\",\"[{\"\"packages\"\":5}]\",\"[{\"\"packages\"\":6}]\"\n");
  }

  @Test
  void theAggregateChangeReportTakesDatesButNotWeeks() throws IOException {
    String csv = read(guardian.changeReport().aggregateCsv(ChangeReportOptions.defaults().withScope(Scope.node(311))
        .withDates(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 3, 31)).withLimit(2)));
    assertThat(lastCall()).isEqualTo("GET /api/v2/change_report/aggregate.csv?date_from=2014-01-01&date_to=2014-03-31"
        + "&limit=2&node_id=311&page=0");
    assertThat(csv.lines().collect(Collectors.toList())).hasSize(3).first().isEqualTo("\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"");

    assertThatThrownBy(() -> guardian.changeReport().aggregateCsv(ChangeReportOptions.defaults().withWeeks(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weeks is not supported by the aggregate change report; give dates");
  }

  @Test
  void diffsAreListedFromTheirItemsAndServedAsCsv() throws IOException {
    DiffOptions options = DiffOptions.defaults().withScope(Scope.environment(30))
        .withTimes(LocalDateTime.of(2018, 7, 7, 12, 34, 56), LocalDateTime.of(2018, 7, 8, 0, 0)).withIncludeIgnored(true);
    assertThat(guardian.diffs().list(options).stream().count()).isZero();
    assertThat(lastCall()).isEqualTo("GET /api/v2/diffs.json?date_from=2018-07-07%2012%3A34%3A56&date_to=2018-07-08%2000%3A00%3A00"
        + "&environment_id=30&include_ignored=true&page=1&per_page=500");

    String csv = read(guardian.diffs().csv(options.withPerPage(5), 2));
    assertThat(lastCall()).isEqualTo("GET /api/v2/diffs.csv?date_from=2018-07-07%2012%3A34%3A56&date_to=2018-07-08%2000%3A00%3A00"
        + "&environment_id=30&include_ignored=true&page=2&per_page=5");
    assertThat(csv).startsWith("\"ID\",\"Node\",\"CI_Type\",\"Old\",\"New\"\n\"1\",\"prod01\",\"packages\",\"1.0.0\",\"1.1.0\"\n");
  }

  @Test
  void cisBenchmarkResultsAsJsonAndCsv() throws IOException {
    assertThat(guardian.cisBenchmarks().results(4, Scope.nodeGroup(1)).stream().count()).isZero();
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/4/benchmark_results.json?node_group_id=1&page=1&per_page=20");
    assertThat(read(guardian.cisBenchmarks().resultsCsv(4, Scope.node(311), 1, 100)))
        .isEqualTo("\"Rule\",\"Node\",\"Result\"\n\"1.1.1\",\"prod01\",\"pass\"\n\"1.1.2\",\"prod01\",\"fail\"\n"
            + "\"1.1.3\",\"prod01\",\"pass\"\n");
    assertThat(lastCall()).isEqualTo("GET /api/v2/cis_benchmarks/4/benchmark_results.csv?node_id=311&page=1&per_page=100");
  }

  @Test
  void theLastScanOfANodeAsJsonAndCsv() throws IOException {
    assertThat(guardian.nodes().scanResults().lastDetails(311, false).getLabel()).isEqualTo("Authorized change 2001");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/last_node_scan_details.json?with_data=false");
    assertThat(read(guardian.nodes().scanResults().lastDetailsCsv(311, true)))
        .isEqualTo("\"ID\",\"Node\",\"Label\",\"Status\"\n\"9\",\"311\",\"Authorized change 2001\",\"1\"\n");
    assertThat(lastCall()).isEqualTo("GET /api/v2/nodes/311/last_node_scan_details.csv?with_data=true");
    assertThatThrownBy(() -> guardian.nodes().scanResults().lastDetailsCsv(999, true)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theLatestResultsOfAPolicyAsJsonAndPdf() throws IOException {
    LatestResultsOptions options = LatestResultsOptions.defaults().withFailedOnly(true).withIncludeTypeStats(true).withNode(311);
    assertThat(guardian.policies().results().latest(1, options).getPolicyStats()).isEmpty();
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/1/latest_results.json?failed_only=true&include_type_stats=true&node_id=311");
    try (InputStream pdf = guardian.policies().results().latestPdf(1, LatestResultsOptions.defaults())) {
      assertThat(new String(pdf.readAllBytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
    }
    assertThat(lastCall()).isEqualTo("GET /api/v2/policies/1/latest_results.pdf");
    assertThat(lastRequest().getHeader("Accept")).isEqualTo("application/pdf");
  }

  static String read(InputStream stream) throws IOException {
    try (InputStream in = stream) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
