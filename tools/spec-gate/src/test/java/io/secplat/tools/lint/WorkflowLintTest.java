package io.secplat.tools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowLintTest {
  private static final String WORKFLOWS = ".github/workflows";

  @Test
  void theRepositoryWorkflowsPassTheCheck() {
    Path root = RepositorySpecsLintTest.repository();
    List<Violation> violations = WorkflowLint.lintFolder(root, WORKFLOWS);
    assertThat(violations).as(() -> String.join("\n", violations.stream().map(Violation::toString).toList())).isEmpty();
  }

  @Test
  void theRepositoryWorkflowsParseAndRunOnlyScriptsOfTheRepository() throws IOException {
    Path root = RepositorySpecsLintTest.repository();
    TreeSet<String> workflows = new TreeSet<>();
    TreeSet<String> scripts = new TreeSet<>();
    try (Stream<Path> files = Files.list(root.resolve(WORKFLOWS))) {
      for (Path file : files.toList()) {
        workflows.add(file.getFileName().toString());
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
          if (step.has("run")) {
            scripts.addAll(RunScript.referencedFiles(step.get("run").asText()));
          }
        }));
      }
    }
    assertThat(workflows).containsExactly("build.yml", "pact-verify.yml", "spec-release.yml");
    assertThat(scripts).containsExactly("./mvnw", ".ci/run", "tools/pact-broker.sh", "tools/published-pacts.sh",
        "tools/release.sh", "tools/spec-gate.sh");
    assertThat(scripts).allSatisfy(script -> assertThat(root.resolve(script)).isRegularFile());
  }

  @Test
  void everyRuleIsEnforced(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("tools"));
    Files.writeString(root.resolve("tools/ok.sh"), "#!/bin/sh\n");
    String workflow = """
        name: broken
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@main
              - uses: actions/setup-java
              - uses: actions/cache@v4.2.0
              - uses: actions/cache@0123456789abcdef0123456789abcdef01234567
              - run: bash tools/missing.sh --flag
              - run: ./tools/ok.sh && scripts/gone.sh
              - uses: actions/cache@v4
                run: echo both
              - run: echo ${{ secret.TOKEN }} ${{ secrets.TOKEN }}
          b:
            needs: [a, c]
            runs-on: ubuntu-latest
            steps: []
          d:
            uses: ./.github/workflows/missing.yml
        """;
    assertThat(WorkflowLint.lint(root, "w.yml", workflow)).map(Violation::toString).containsExactly(
        "w.yml: jobs.a.steps[0].uses: action-pinned: actions/checkout@main is not pinned to a version tag (vN, vN.N.N) or a commit SHA",
        "w.yml: jobs.a.steps[1].uses: action-pinned: actions/setup-java is not pinned to a version tag (vN, vN.N.N) or a commit SHA",
        "w.yml: jobs.a.steps[4].run: run-script-exists: runs tools/missing.sh, which is not a file of the repository",
        "w.yml: jobs.a.steps[5].run: run-script-exists: runs scripts/gone.sh, which is not a file of the repository",
        "w.yml: jobs.a.steps[6]: workflow-structure: a step needs exactly one of uses and run",
        "w.yml: jobs.b.needs: job-needs: no job 'c' in this workflow",
        "w.yml: jobs.b: workflow-structure: the job has no steps",
        "w.yml: jobs.d.uses: action-pinned: local action ./.github/workflows/missing.yml does not exist",
        "w.yml: line 15: expression-context: ${{ secret.TOKEN }} starts from unknown context 'secret'");
  }

  @Test
  void aFileThatIsNoWorkflowIsReported(@TempDir Path root) {
    assertThat(WorkflowLint.lint(root, "w.yml", "name: x\non: push\nname: y\njobs: {}\n")).singleElement()
        .satisfies(v -> assertThat(v.toString()).startsWith("w.yml: (file): workflow-structure: not valid YAML: Duplicate field 'name'"));
    assertThat(WorkflowLint.lint(root, "w.yml", "name: x\n")).map(Violation::toString)
        .containsExactly("w.yml: on: workflow-structure: no triggers (on:)", "w.yml: jobs: workflow-structure: no jobs");
    assertThat(WorkflowLint.lint(root, "w.yml", "- a\n- b\n")).map(Violation::rule).containsExactly("workflow-structure");
  }
}
