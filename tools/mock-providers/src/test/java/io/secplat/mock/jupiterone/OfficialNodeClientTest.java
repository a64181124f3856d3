package io.secplat.mock.jupiterone;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.secplat.mock.MockProviders;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JupiterOne's official Node.js client, as published on npm and pinned by
 * tools/j1-node-client/package-lock.json, against this mock on a loopback URL (the script
 * tools/j1-node-client/check.js): every operation of the client that can target the mock must
 * go through, including the batched GraphQL requests Apollo's batch link sends. Needs node and
 * npm on the PATH; without them the test fails and says so (it never passes without running).
 */
class OfficialNodeClientTest {
  static final Path CLIENT_DIR = Path.of("..", "j1-node-client").toAbsolutePath().normalize();

  @Test
  void theOfficialNodeClientRunsEveryOperationItHasAgainstTheMock(@TempDir Path dir) throws Exception {
    assertThat(onPath("node")).as("JupiterOne's official Node.js client needs `node` (Node.js 20+) on the PATH; "
        + "install Node.js with npm to run this check").isTrue();
    assertThat(onPath("npm")).as("the pinned client is installed with `npm ci`: install npm").isTrue();
    run(dir.resolve("npm.out"), 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");

    JupiterOneMock j1 = new JupiterOneMock();
    try (MockProviders mocks = MockProviders.start(0, j1)) {
      List<String> lines = run(dir.resolve("node.out"), 120, "node", "check.js", mocks.baseUrl());

      assertThat(lines).contains("ok createEntity (batched)", "ok updateEntity", "ok createRelationship",
          "ok queryGraphQL (vertex: _type and _class are lists)", "ok createQuestion", "ok updateQuestion",
          "ok deleteQuestion", "ok mutateAlertRule (create)", "ok mutateAlertRule (update)", "ok deleteEntity (hardDelete)");
      // queryV1 pages with SKIP/LIMIT 250: check.js seeds 520 Users and requires each of them once
      assertThat(lines).contains("ok queryV1 (deferred, SKIP/LIMIT 250 paging: 520 User entities over 3 pages)");
      List<ServeEvent> posts = mocks.server().getAllServeEvents().stream()
          .filter(e -> e.getRequest().getUrl().equals("/graphql")).toList();
      List<ServeEvent> pages = posts.stream().filter(e -> e.getRequest().getBodyAsString().contains("FIND User SKIP"))
          .toList();
      assertThat(pages).as("every J1QL page answered with a deferred state link")
          .allMatch(e -> e.getResponse().getBodyAsString().contains("\"type\":\"deferred\""));
      assertThat(pages.stream().map(e -> e.getRequest().getBodyAsString()
          .replaceAll("(?s).*\"query\":\"(FIND User SKIP \\d+ LIMIT \\d+)\".*", "$1")))
          .as("the J1QL pages the mock received")
          .containsExactlyInAnyOrder("FIND User SKIP 0 LIMIT 250", "FIND User SKIP 250 LIMIT 250", "FIND User SKIP 500 LIMIT 250");
      assertThat(posts).as("a batched request: one POST holding a JSON array of operations")
          .anyMatch(e -> e.getRequest().getBodyAsString().startsWith("[") && e.getResponse().getStatus() == 200
              && e.getResponse().getBodyAsString().startsWith("["));
      assertThat(posts).as("the client's legacy account header").allMatch(e -> e.getRequest().containsHeader("LifeOmic-Account"));
    }
  }

  /** Runs a command in the client's folder, bounded in time; its output must end with exit status 0. */
  private static List<String> run(Path output, int seconds, String... command) throws IOException, InterruptedException {
    File out = output.toFile();
    Process process = new ProcessBuilder(command).directory(CLIENT_DIR.toFile()).redirectErrorStream(true)
        .redirectOutput(out).start();
    boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(ended).as(String.join(" ", command) + " ended within " + seconds + " s:\n" + String.join("\n", lines)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + String.join("\n", lines)).isZero();
    return lines;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
