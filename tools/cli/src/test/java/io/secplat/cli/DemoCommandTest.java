package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  @Test
  void demoRunsEveryVendorsStepsAgainstTheEmbeddedMocksAndExitsZero() {
    StringWriter out = new StringWriter();
    CommandLine cli = SecplatCli.commandLine(java.util.Map.of());
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("demo");

    String text = out.toString();
    assertThat(exit).isZero();
    assertThat(text).containsPattern("Mock providers listening on http://127\\.0\\.0\\.1:\\d+");
    assertThat(text).contains("environments of app-1: [1111 Sigma, 2222 Sigma L, 1212 Dev Account 2]");
    assertThat(text).contains("environment groups: [r-pak3 Root (Organization), 0v8kgkkayprnvi7x Dev Group (group)]");
    assertThat(text).containsPattern("created environment \\S+ \"Demo Env\" \\(status active\\)");
    assertThat(text).contains("environments now: 4").contains("deleted them again; environments now: 3");
    assertThat(text).contains("accounts of environment 1111, paged 50 at a time: 131, first admin1@britive.com, last admin1@britive.com-130");
    assertThat(text).contains("expected error: NotFoundException");
    assertThat(text).contains("expected error: UnauthorizedException, status 401, code MOCK-401");
    assertThat(text).contains("== Veza ==");
    assertThat(text).contains("query spec built with the builder: {\"query_type\":\"SOURCE_TO_DESTINATION\"");
    assertThat(text).contains("Okta users without MFA reaching open S3 buckets: 250 nodes over the page tokens");
    assertThat(text).contains("the same query as a count: 250");
    assertThat(text).containsPattern("saved it as [0-9a-f-]{36}; saved queries now: 4");
    assertThat(text).contains("deleted it; saved queries now: 3");
    assertThat(text).contains("promotions: [cost-center]");
    assertThat(text).contains("expected error: NotFoundException, code NotFound, request id present: true");
    assertThat(text).contains("Demo finished");
  }

  @Test
  void demoRunsEveryJupiterOneStepAgainstTheEmbeddedMocks() {
    StringWriter out = new StringWriter();
    CommandLine cli = SecplatCli.commandLine(java.util.Map.of());
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("demo")).isZero();

    String text = out.toString();
    assertThat(text).contains("== JupiterOne ==\n"
        + "J1QL FIND User: 12 rows in pages of [5, 5, 2] (cursor until null), first user1, last user12\n"
        + "J1QL with a parameter: [{\"Person.name\":\"Mochi\"}]\n"
        + "deferred J1QL FIND AccessPolicy: 20 rows (each page's state link polled until COMPLETED, then its results read)\n"
        + "entity counts per type of User and AccessPolicy: {iam_user=12, iam_managed_policy=10, iam_role_policy=10}\n");
    assertThat(text).containsPattern("bulk sync job [0-9a-f-]{36}: FINISHED, 1000 entities and 500 relationships created "
        + "in 6 uploads of at most 250\n");
    assertThat(text).contains("a rate limit inside an HTTP 200 was retried: 1 Person row(s)\n"
        + "expected error: BadRequestException, code BAD_USER_INPUT\n");
  }

  @Test
  void demoRunsTheGuardianStepsAgainstTheEmbeddedMocks() {
    StringWriter out = new StringWriter();
    CommandLine cli = SecplatCli.commandLine(java.util.Map.of());
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("demo")).isZero();

    String text = out.toString();
    assertThat(text).contains("== Guardian ==\n"
        + "nodes, 20 per request: 45 in 3 requests (pages of [20, 20, 5]), first prod01, last prod01-44\n"
        + "nodes of environment Production (30): 40 in 3 requests (pages of [20, 20, 0]: the empty page ends it)\n"
        + "created node group 1001 \"Demo Web\" with members [prod01, prod01-1]\n"
        + "updated its description to \"front ends\"\n"
        + "deleted it; lookup of \"Demo Web\" now: Optional.empty\n"
        + "lookup of node \"no-such-node\": Optional.empty\n"
        + "change report CSV, first lines as they stream in:\n"
        + "  \"ID\",\"Node\",\"Old_Summary\",\"New_Summary\"\n"
        + "  \"1\",\"prod01\",\"[{\"\"packages\"\":0}]\",\"[{\"\"packages\"\":1}]\"\n"
        + "  \"2\",\"prod01-1\",\"[{\"\"packages\"\":1}]\",\"[{\"\"packages\"\":2}]\"\n");
  }

  @Test
  void helpListsTheDemoCommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = SecplatCli.commandLine(java.util.Map.of());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("Start the embedded mock providers")
        .contains("  guardian    Guardian: nodes, node groups, environments, scans, the change\n")
        .contains("j1").contains("JupiterOne");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CommandLine cli = SecplatCli.commandLine(java.util.Map.of());
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("nonsense")).isEqualTo(2);
  }
}
