package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.guardian.GuardianMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code secplat guardian ...} against the Guardian mock provider, credentials from the environment. */
class GuardianCommandTest {
  static MockProviders mocks;
  static Map<String, String> environment;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, new GuardianMock());
    environment = Map.of("GUARDIAN_BASE_URL", mocks.baseUrl(), "GUARDIAN_API_KEY", "cli-api-key",
        "GUARDIAN_SECRET_KEY", "cli-secret-key");
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
  }

  int run(Map<String, String> variables, String... args) {
    CommandLine cli = SecplatCli.commandLine(variables);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void listsNodesAcrossPages() {
    assertThat(run(environment, "guardian", "nodes", "list", "--per-page", "2", "--limit", "3", "--output", "csv",
        "--columns", "id,name,environment_id")).isZero();
    assertThat(out.toString()).isEqualTo("id,name,environment_id\r\n311,prod01,30\r\n312,prod01-1,30\r\n313,prod01-2,30\r\n");
  }

  @Test
  void showsAndLooksUpANode() {
    assertThat(run(environment, "guardian", "nodes", "get", "311", "--output", "csv", "--columns", "id,name,short_description")).isZero();
    assertThat(out.toString()).isEqualTo("id,name,short_description\r\n311,prod01,The main prod website node\r\n");
    assertThat(run(environment, "guardian", "nodes", "lookup", "--external-id", "i-12345-4")).isZero();
    assertThat(out.toString()).endsWith("315\n");
    assertThat(run(environment, "guardian", "nodes", "lookup", "--name", "ghost")).isEqualTo(3);
    assertThat(out.toString()).endsWith("not found\n");
  }

  @Test
  void createsFillsEmptiesAndDeletesANodeGroup() {
    assertThat(run(environment, "guardian", "node-groups", "create", "--name", "Web", "--node-rules", "^web")).isZero();
    assertThat(out.toString()).isEqualTo("1001\tWeb\n");
    assertThat(run(environment, "guardian", "node-groups", "add-node", "1001", "311")).isZero();
    assertThat(run(environment, "guardian", "node-groups", "add-node", "1001", "312")).isZero();
    assertThat(run(environment, "guardian", "node-groups", "remove-node", "1001", "311")).isZero();
    assertThat(out.toString()).isEqualTo("1001\tWeb\nadded node 311 to node group 1001\nadded node 312 to node group 1001\n"
        + "removed node 311 from node group 1001\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "node-groups", "nodes", "1001", "--output", "csv", "--columns", "id,name,environment_id")).isZero();
    assertThat(out.toString()).isEqualTo("id,name,environment_id\r\n312,prod01-1,30\r\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "node-groups", "delete", "1001")).isZero();
    assertThat(out.toString()).isEqualTo("deleted node group 1001\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "node-groups", "list", "--output", "table", "--columns", "id,name")).isZero();
    assertThat(out.toString()).isEqualTo("id  name\n1   IIS\n2   Linux\n");
  }

  @Test
  void environmentsAndScans() {
    assertThat(run(environment, "guardian", "environments", "list", "--output", "csv", "--columns", "id,name,short_description")).isZero();
    assertThat(out.toString()).isEqualTo("id,name,short_description\r\n30,Production,ForEx Trading Production\r\n"
        + "31,Staging,ForEx Trading Staging\r\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "environments", "lookup", "Staging")).isZero();
    assertThat(out.toString()).isEqualTo("31\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "environments", "nodes", "31")).isZero();
    assertThat(out.toString().lines()).hasSize(5);
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "scans", "start", "311", "--label", "before release")).isZero();
    assertThat(out.toString()).isEqualTo("job 1001\n");
    out.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "scans", "status", "311")).isZero();
    assertThat(out.toString()).isEqualTo("success (2)\n");
  }

  @Test
  void theChangeReportGoesToStandardOutput() {
    assertThat(run(environment, "guardian", "change-report", "--node-group", "1", "--limit", "2", "--page", "1")).isZero();
    assertThat(out.toString()).isEqualTo("\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"\n"
        + "\"3\",\"prod01-2\",\"[{\"\"packages\"\":2}]\",\"[{\"\"packages\"\":3}]\"\n"
        + "\"4\",\"prod01-3\",\"[{\"\"packages\"\":3}]\",\"[{\"\"packages\"\":4}]\"\n");
  }

  @Test
  void theChangeReportGoesToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("changes.csv");
    assertThat(run(environment, "guardian", "change-report", "--from", "2024-01-01", "--to", "2024-01-31", "-o", file.toString()))
        .isZero();
    assertThat(Files.readAllLines(file)).hasSize(13).first().isEqualTo("\"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"");
    assertThat(err.toString()).isEqualTo("wrote " + Files.size(file) + " bytes to " + file + "\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void failuresAreOneLineOnStandardErrorWithTheirExitCode() {
    assertThat(run(environment, "guardian", "nodes", "get", "999")).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("error: Guardian GET /api/v2/nodes/999.json answered HTTP 404: Not Found\n");
    err.getBuffer().setLength(0);
    assertThat(run(Map.of("GUARDIAN_BASE_URL", mocks.baseUrl(), "GUARDIAN_SECRET_KEY", "cli-secret-key"), "guardian", "nodes", "list"))
        .isEqualTo(4);
    assertThat(err.toString()).startsWith("error: Guardian credentials missing: GUARDIAN_API_KEY is not set; set it in the environment, "
        + "or as default.GUARDIAN_API_KEY=... in the profile file ").endsWith(", or use --mock\n").doesNotContain("cli-secret-key");
    err.getBuffer().setLength(0);
    assertThat(run(environment, "guardian", "change-report", "--weeks", "2", "--from", "2024-01-01", "--to", "2024-01-02"))
        .isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: weeks and dates (from, to) must not be combined\n");
  }

  @Test
  void aLookupNeedsExactlyOneKey() {
    assertThat(run(environment, "guardian", "nodes", "lookup", "--name", "a", "--external-id", "b")).isEqualTo(2);
    assertThat(err.toString()).contains("--name=<name>, --external-id=<externalId> are mutually exclusive");
  }
}
