package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The gate end to end, as CI runs it: a repository whose last release is tag v1.0.0, a contract
 * changed in the work tree, {@code check} run on it. The exit status follows the classification.
 */
class CheckCommandTest {
  private static final String OPENAPI = "specs/fixture/accounts.yaml";
  private static final String GRAPHQL = "specs/fixture/accounts.graphqls";

  @TempDir
  Path dir;
  TempRepo repo;
  String out;
  String err;

  @BeforeEach
  void releasedBaseline() throws Exception {
    repo = new TempRepo(dir).pom("1.0.0")
        .write(OPENAPI, Fixtures.openApi("base"))
        .write(GRAPHQL, Fixtures.graphQl("base"))
        .write("specs/CHANGELOG.md", "# Spec changelog\n")
        .commit("Release 1.0.0").tag("v1.0.0");
    repo.pom("1.0.1-SNAPSHOT").commit("Next development version");
  }

  private int check(String... extra) {
    return checkIn(dir, extra);
  }

  private int checkIn(Path root, String... extra) {
    CommandLine cli = SpecGateCli.commandLine();
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(stderr));
    String[] args = new String[extra.length + 5];
    args[0] = "check";
    args[1] = "--repo";
    args[2] = root.toString();
    args[3] = "--date";
    args[4] = "2026-11-22";
    System.arraycopy(extra, 0, args, 5, extra.length);
    int status = cli.execute(args);
    out = stdout.toString();
    err = stderr.toString();
    return status;
  }

  @ParameterizedTest(name = "OpenAPI {0}: {1}, exit {2}")
  @CsvSource({
      "removed-operation, major, 1",
      "removed-field, major, 1",
      "retyped-field, major, 1",
      "new-required-parameter, major, 1",
      "narrowed-enum, major, 1",
      "safe-addition, minor, 0",
      "documentation-only, patch, 0"})
  void theExitStatusFollowsTheOpenApiChange(String fixture, String level, int exit) throws IOException {
    repo.write(OPENAPI, Fixtures.openApi(fixture));
    assertThat(check("--github-output", dir.resolve("out.txt").toString())).isEqualTo(exit);
    assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("level=" + level + "\n");
  }

  @ParameterizedTest(name = "GraphQL {0}: {1}, exit {2}")
  @CsvSource({
      "removed-operation, major, 1",
      "removed-field, major, 1",
      "retyped-field, major, 1",
      "new-required-argument, major, 1",
      "narrowed-enum, major, 1",
      "safe-addition, minor, 0",
      "documentation-only, patch, 0"})
  void theExitStatusFollowsTheGraphQlChange(String fixture, String level, int exit) throws IOException {
    repo.write(GRAPHQL, Fixtures.graphQl(fixture));
    assertThat(check("--github-output", dir.resolve("out.txt").toString())).isEqualTo(exit);
    assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("level=" + level + "\n");
  }

  @Test
  void aBreakingChangeFailsWithTheReasonAndTheVersionToSet() throws IOException {
    repo.write(OPENAPI, Fixtures.openApi("removed-field"));
    assertThat(check()).isEqualTo(1);
    assertThat(err).isEqualTo("gate: FAIL: breaking changes since v1.0.0 (1.0.0) but the declared version "
        + "1.0.1-SNAPSHOT keeps major 1; set 2.0.0-SNAPSHOT (./mvnw versions:set -DnewVersion=2.0.0-SNAPSHOT) "
        + "and say why in specs/CHANGELOG.md\n");
    assertThat(out).isEqualTo("""
        ## secplat 2.0.0

        Major release (2026-11-22), compared with v1.0.0 (1.0.0). The generated JARs were not compared.

        **Blocked**: breaking changes need a major version bump.

        `specs/fixture/accounts.yaml`
        - major: `Account.createdAt` removed
        """);
  }

  @Test
  void aBreakingChangeWithAMajorBumpPassesAndReleasesTheMajor() throws IOException {
    repo.pom("2.0.0-SNAPSHOT").write(OPENAPI, Fixtures.openApi("narrowed-enum")).write(GRAPHQL, Fixtures.graphQl("narrowed-enum"));
    assertThat(check("--github-output", dir.resolve("out.txt").toString())).isZero();
    assertThat(Files.readString(dir.resolve("out.txt")))
        .isEqualTo("level=major\nnext-version=2.0.0\nrelease=true\npasses=true\nbase=v1.0.0\n");
  }

  @Test
  void aSafeAdditionPrintsTheChangelogEntryAndAppendsItToTheChangelog() throws IOException {
    repo.write(OPENAPI, Fixtures.openApi("safe-addition")).write(GRAPHQL, Fixtures.graphQl("documentation-only"));
    Path changelog = dir.resolve("specs/CHANGELOG.md");
    assertThat(check("--changelog", changelog.toString())).isZero();
    String entry = """
        ## secplat 1.1.0

        Minor release (2026-11-22), compared with v1.0.0 (1.0.0). The generated JARs were not compared.

        `specs/fixture/accounts.graphqls`
        - patch: descriptions or comments changed; the schema did not

        `specs/fixture/accounts.yaml`
        - minor: new operation `GET /accounts/{accountId}/groups` (listAccountGroups)
        - minor: `GET /accounts`: new optional query parameter `limit`
        - minor: new property `Account.email`
        """;
    assertThat(out).isEqualTo(entry);
    assertThat(err).isEqualTo("gate: minor since v1.0.0 (1.0.0); next version 1.1.0\n");
    assertThat(Files.readString(changelog)).isEqualTo("# Spec changelog\n\n" + entry);
  }

  @Test
  void aFailingGateLeavesTheChangelogAlone() throws IOException {
    repo.write(OPENAPI, Fixtures.openApi("removed-operation"));
    assertThat(check("--changelog", dir.resolve("specs/CHANGELOG.md").toString())).isEqualTo(1);
    assertThat(repo.read("specs/CHANGELOG.md")).isEqualTo("# Spec changelog\n");
  }

  @Test
  void anyRefCanBeTheBase() throws Exception {
    repo.write(OPENAPI, Fixtures.openApi("safe-addition")).commit("Add listAccountGroups");
    repo.write(OPENAPI, Fixtures.openApi("removed-field"));
    assertThat(check("--base", "HEAD")).isEqualTo(1);
    assertThat(out).contains("compared with HEAD (1.0.1).").containsSubsequence(
        "- major: operation `GET /accounts/{accountId}/groups` (listAccountGroups) removed",
        "- major: `GET /accounts`: query parameter `limit` removed",
        "- major: `Account.createdAt` removed",
        "- major: `Account.email` removed");
  }

  @Test
  void anUnknownBaseIsAnErrorNotAVerdict() {
    assertThat(check("--base", "v9.9.9")).isEqualTo(2);
    assertThat(err).contains("error: no commit v9.9.9");
  }

  @Test
  void beforeTheFirstReleaseEveryContractIsNewAndTheDeclaredVersionIsReleased() throws Exception {
    Path fresh = Files.createDirectories(dir.resolve("fresh"));
    new TempRepo(fresh).pom("0.1.0-SNAPSHOT").write(OPENAPI, Fixtures.openApi("base")).commit("First contract");
    assertThat(checkIn(fresh)).isZero();
    assertThat(err).isEqualTo("gate: minor since no earlier release; next version 0.1.0\n");
    assertThat(out).startsWith("## secplat 0.1.0\n\nFirst release (2026-11-22): no earlier release to compare with.\n")
        .contains("`specs/fixture/accounts.yaml`\n- minor: new contract\n");
  }

  @Test
  void filesBesideTheContractsAreNoContracts() throws IOException {
    repo.write("specs/CHANGELOG.md", "# Spec changelog\n\nedited\n").write("specs/fixture/notes.yaml", "just: notes\n");
    assertThat(check()).isZero();
    assertThat(err).isEqualTo("gate: none since v1.0.0 (1.0.0); next version 1.0.0 (nothing to release)\n");
  }
}
