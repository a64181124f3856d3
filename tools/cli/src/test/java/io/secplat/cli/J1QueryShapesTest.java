package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code secplat j1 query --check} (the J1QL grammar, before anything is sent) and the answer
 * shapes of J1QL printed by {@code --format table|json}: trees, aliased columns, aggregations.
 */
class J1QueryShapesTest {
  static final JupiterOneMock J1 = new JupiterOneMock();
  static MockProviders mocks;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, J1);
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void reset() {
    mocks.resetState();
    mocks.server().resetRequests();
  }

  int run(String... args) {
    Map<String, String> environment = Map.of("JUPITERONE_API_KEY", "cli-key-0001", "JUPITERONE_ACCOUNT", "cli-account",
        "JUPITERONE_BASE_URL", mocks.baseUrl());
    CommandLine cli = SecplatCli.commandLine(new CliContext(environment, Terminal.NONE, Path.of("/nonexistent-home")));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  long graphQlRequests() {
    return mocks.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/graphql")).count();
  }

  @Test
  void checkStopsASyntaxErrorWithItsPositionBeforeAnythingIsSent() {
    assertThat(run("j1", "query", "--check", "FIND User THAT")).isEqualTo(2);
    assertThat(err.toString()).contains("J1QL syntax error at line 1, column 15: unexpected end of query; "
        + "expected one of a name, '!' or '('" + System.lineSeparator() + "  FIND User THAT" + System.lineSeparator()
        + "                ^");
    assertThat(graphQlRequests()).isZero();
  }

  @Test
  void checkLetsAValidQueryThroughAndWithoutCheckTheServerJudges() {
    assertThat(run("j1", "query", "--check", "--format", "json", "FIND Person AS p RETURN p.name")).isZero();
    assertThat(out.toString()).isEqualTo("[" + System.lineSeparator() + "{\"p.name\":\"Mochi\"}" + System.lineSeparator()
        + "]" + System.lineSeparator());
    assertThat(run("j1", "query", "FIND User THAT")).isNotZero();
    assertThat(graphQlRequests()).isEqualTo(2);
    assertThat(err.toString()).contains("J1QL syntax error at line 1, column 15");
  }

  @Test
  void aTreePrintsOneTableRowPerVertexAndEdge() {
    assertThat(run("j1", "query", "--format", "table", "FIND Person THAT IS User RETURN TREE")).isZero();
    String table = out.toString();
    assertThat(table.lines().findFirst().orElse("")).startsWith("kind").contains("id").contains("_type");
    assertThat(table.lines().filter(l -> l.startsWith("vertex"))).hasSize(2);
    assertThat(table.lines().filter(l -> l.startsWith("edge"))).hasSize(1);
    assertThat(table).contains("employee").contains("iam_user").contains("IS");
  }

  @Test
  void aTreeInJsonIsTheVerticesAndEdgesAsSent() {
    assertThat(run("j1", "query", "--format", "json", "FIND Person THAT IS User RETURN TREE")).isZero();
    assertThat(out.toString()).contains("\"vertices\":[").contains("\"edges\":[").contains("\"fromVertexId\"");
  }

  @Test
  void aliasedColumnsAndAggregationsPrintAsATable() {
    assertThat(run("j1", "query", "--format", "table",
        "FIND User AS u THAT ASSIGNED AccessPolicy AS p RETURN u.active AS active, count(p) AS policies")).isZero();
    assertThat(out.toString().lines().toList()).containsExactly("active  policies", "true    8", "false   2");
  }
}
