package io.secplat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secplat.mock.MockProviders;
import io.secplat.mock.jupiterone.JupiterOneMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code secplat j1 query} and {@code secplat j1 sync} against the JupiterOne mock provider. */
class J1CommandTest {
  static final JupiterOneMock J1 = new JupiterOneMock().j1qlPageSize(5);
  static MockProviders mocks;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Map<String, String> environment;

  @BeforeAll
  static void start() {
    mocks = MockProviders.start(0, J1);
  }

  @AfterAll
  static void stop() {
    mocks.close();
  }

  @BeforeEach
  void environment() {
    mocks.resetState();
    mocks.server().resetRequests();
    environment = Map.of("JUPITERONE_API_KEY", "cli-key-0001", "JUPITERONE_ACCOUNT", "cli-account",
        "JUPITERONE_BASE_URL", mocks.baseUrl());
  }

  int run(String... args) {
    return run(Terminal.NONE, args);
  }

  int run(Terminal terminal, String... args) {
    CommandLine cli = SecplatCli.commandLine(new CliContext(environment, terminal, Path.of("/nonexistent-home")));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void queryPrintsEveryRowAsOneLineOfJsonOverEveryPage() throws Exception {
    assertThat(run("j1", "query", "FIND User AS u RETURN u.displayName")).isZero();

    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(12).startsWith("{\"u.displayName\":\"user1\"}").endsWith("{\"u.displayName\":\"user12\"}");
    assertThat(mocks.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/graphql"))).hasSize(3);
    assertThat(mocks.server().getAllServeEvents().get(0).getRequest().getHeader("JupiterOne-Account")).isEqualTo("cli-account");
  }

  @Test
  void queryTakesParametersAndDeferredMode() throws Exception {
    assertThat(run("j1", "query", "--deferred", "--var", "type=employee", "find Person with _type=${type} return Person.name")).isZero();

    assertThat(out.toString()).isEqualTo("{\"Person.name\":\"Mochi\"}" + System.lineSeparator());
    assertThat(mocks.server().getAllServeEvents().stream().map(e -> e.getRequest().getUrl()))
        .anyMatch(url -> url.endsWith("/results.json"));
  }

  @Test
  void aFailureIsOneLineOnStderrWithItsExitCode() {
    assertThat(run("j1", "query", "FIND User WITH")).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: JupiterOne POST /graphql answered HTTP 200 [BAD_USER_INPUT]").doesNotContain("\tat ");

    err.getBuffer().setLength(0);
    environment = Map.of("JUPITERONE_BASE_URL", mocks.baseUrl());
    assertThat(run("j1", "query", "FIND User")).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("error: JupiterOne credentials missing: JUPITERONE_API_KEY, JUPITERONE_ACCOUNT are not set; "
        + "set them in the environment, or as default.JUPITERONE_API_KEY=... in the profile file "
        + "/nonexistent-home/.config/secplat/profiles.properties, or use --mock\n");
  }

  @Test
  void syncUploadsAJsonFileWithAProgressBar(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hosts.json");
    StringBuilder json = new StringBuilder("{\"entities\":[");
    for (int i = 0; i < 30; i++) {
      json.append(i == 0 ? "" : ",").append("{\"_key\":\"h").append(i).append("\",\"_type\":\"cli_host\",\"_class\":\"Host\",\"cpus\":")
          .append(i).append('}');
    }
    json.append("],\"relationships\":[{\"_key\":\"r1\",\"_type\":\"cli_link\",\"_fromEntityKey\":\"h1\",\"_toEntityKey\":\"h2\"}]}");
    Files.writeString(file, json);

    assertThat(run(new Terminal(false, true), "j1", "sync", file.toString(), "--scope", "cli", "--batch-size", "10")).isZero();

    assertThat(out.toString()).matches("job [0-9a-f-]{36} FINISHED: entities 30 uploaded, 30 created, 0 updated, 0 deleted; "
        + "relationships 1 uploaded, 1 created, 0 updated, 0 deleted \\(4 uploads\\)\\R");
    assertThat(err.toString()).contains("\r[#########.....................] 10/31\r[###################...........] 20/31").endsWith("\r[##############################] 31/31"
        + System.lineSeparator());
    // serve events come newest first: the last entity upload in the list is the first one sent
    JsonNode first = new ObjectMapper().readTree(mocks.server().getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().endsWith("/entities")).reduce((a, b) -> b).orElseThrow().getRequest().getBodyAsString());
    assertThat(first.path("entities").get(0).toString()).isEqualTo("{\"_key\":\"h0\",\"_type\":\"cli_host\",\"_class\":\"Host\",\"cpus\":0}");
  }

  @Test
  void syncUploadsTheDocumentedCsvWithEntityAndRelationshipRowsMixed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("graph.csv");
    Files.writeString(file, String.join("\n", Arrays.asList(
        "\"_type\",\"_class\",\"_key\",\"displayName\",\"_fromEntityKey\",\"_toEntityKey\",\"tags\",\"port\"",
        "\"my_link\",\"CONNECTS\",\"l1\",\"link, one\",\"e1\",\"e2\",,",
        "\"my_entity\",\"Host\",\"e1\",\"entity \"\"one\"\"\",,,\"[\"\"a\"\",100,true]\",22",
        "\"my_entity\",\"Host\",\"e2\",\"entity two\",,,,443")) + "\n");

    assertThat(run("j1", "sync", file.toString(), "--scope", "csv")).isZero();

    assertThat(out.toString()).contains("FINISHED: entities 2 uploaded, 2 created").contains("relationships 1 uploaded, 1 created");
    JsonNode entities = new ObjectMapper().readTree(mocks.server().getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().endsWith("/entities")).findFirst().orElseThrow().getRequest().getBodyAsString());
    assertThat(entities).isEqualTo(new ObjectMapper().readTree("{\"entities\":[{\"_key\":\"e1\",\"_type\":\"my_entity\",\"_class\":\"Host\","
        + "\"displayName\":\"entity \\\"one\\\"\",\"tags\":[\"a\",100,true],\"port\":22},{\"_key\":\"e2\",\"_type\":\"my_entity\","
        + "\"_class\":\"Host\",\"displayName\":\"entity two\",\"port\":443}]}"));
  }

  @Test
  void integrationsAndAuditEvents() {
    assertThat(run("j1", "integrations", "list", "--output", "csv", "--columns", "id,name,type")).isZero();
    assertThat(out.toString()).isEqualTo("id,name,type\r\n8013680b-311a-4c2e-b53b-c8735fd97a5c,AWS,aws\r\n"
        + "c6c4d1d0-3e2a-4b39-9c4b-0d0f3b6a7e11,GitHub,github\r\n");
    out.getBuffer().setLength(0);
    assertThat(run("j1", "integrations", "get", "--type", "github", "--output", "csv", "--columns", "id")).isZero();
    assertThat(out.toString()).isEqualTo("id\r\nc6c4d1d0-3e2a-4b39-9c4b-0d0f3b6a7e11\r\n");
    out.getBuffer().setLength(0);
    assertThat(run("j1", "integrations", "get", "--type", "no-such-type")).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("error: no integration definition of type no-such-type\n");
    assertThat(run("j1", "integrations", "get")).isEqualTo(2);
    out.getBuffer().setLength(0);
    assertThat(run("j1", "audit-events", "list", "--limit", "2", "--output", "csv", "--columns", "id,category")).isZero();
    assertThat(out.toString()).isEqualTo("id,category\r\naudit-1,INTEGRATION\r\naudit-2,QUESTION\r\n");
  }

  String lastLine() {
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  @Test
  void createsUpdatesAndDeletesEntitiesAndRelationships() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(run("j1", "entities", "create", "h-cli", "--type", "cli_host", "--class", "Host", "--class", "Device", "--property", "cpus=4",
        "--property", "owner=ops", "--output", "jsonl")).isZero();
    assertThat(lastLine()).contains("\"_key\":\"h-cli\"").contains("\"_class\":[\"Host\",\"Device\"]")
        .contains("\"_type\":[\"cli_host\"]");
    assertThat(run("j1", "entities", "create", "h-cli-2", "--type", "cli_host", "--class", "Host", "--output", "jsonl")).isZero();

    out.getBuffer().setLength(0);
    assertThat(run("j1", "query", "FIND cli_host WITH _key='h-cli'", "--output", "jsonl")).isZero();
    JsonNode row = json.readTree(lastLine());
    assertThat(row.toString()).contains("\"cpus\":4").contains("\"owner\":\"ops\"");
    String id = row.path("id").asText();
    out.getBuffer().setLength(0);
    assertThat(run("j1", "query", "FIND cli_host WITH _key='h-cli-2'", "--output", "jsonl")).isZero();
    String other = json.readTree(lastLine()).path("id").asText();

    assertThat(run("j1", "entities", "update", id, "--property", "cpus=8")).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("j1", "query", "FIND cli_host WITH _key='h-cli'", "--output", "jsonl")).isZero();
    assertThat(lastLine()).contains("\"cpus\":8");

    out.getBuffer().setLength(0);
    assertThat(run("j1", "relationships", "create", "r-cli", "--type", "cli_link", "--class", "CONNECTS", "--from", id, "--to", other,
        "--output", "jsonl")).isZero();
    assertThat(lastLine()).contains("\"_key\":\"r-cli\"");

    assertThat(run("j1", "entities", "delete", other, "--hard-delete", "--output", "jsonl")).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("j1", "query", "FIND cli_host", "--output", "jsonl")).isZero();
    assertThat(out.toString().lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains(id));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void syncExitsSevenWhenTheConnectionDropsAndPrintsOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("hosts.json");
    Files.writeString(file, "{\"entities\":[{\"_key\":\"h1\",\"_type\":\"cli_host\",\"_class\":\"Host\"}]}");
    mocks.faults().always("/persister/synchronization/jobs/[^/]+/(upload|entities|relationships)", io.secplat.mock.MockFault.droppedConnection());
    try {
      assertThat(run("j1", "sync", file.toString(), "--scope", "cli")).isEqualTo(ExitCode.NETWORK.code).isEqualTo(7);
    } finally {
      mocks.faults().clear();
    }
    assertThat(err.toString()).startsWith("error: ").hasLineCount(1);
  }
}
