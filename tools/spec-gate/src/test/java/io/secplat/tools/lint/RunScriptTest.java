package io.secplat.tools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunScriptTest {
  @Test
  void findsScriptsRunByAShellAndCommandsGivenAsPaths() {
    assertThat(RunScript.referencedFiles("bash .ci/run")).containsExactly(".ci/run");
    assertThat(RunScript.referencedFiles("./mvnw -B verify -pl contract-tests")).containsExactly("./mvnw");
    assertThat(RunScript.referencedFiles("sh -e tools/a.sh x && tools/b.sh | tee log; source env/c.sh"))
        .containsExactly("tools/a.sh", "tools/b.sh", "env/c.sh");
  }

  @Test
  void followsLineContinuationsAssignmentsAndShellKeywords() {
    assertThat(RunScript.referencedFiles("FOO=1 BAR=2 \\\n  bash tools/x.sh\nif [ -f a ]; then tools/y.sh; fi"))
        .containsExactly("tools/x.sh", "tools/y.sh");
  }

  @Test
  void ignoresWhatCannotBeResolvedBeforeTheRunAndSeparatorsInsideQuotes() {
    assertThat(RunScript.referencedFiles("bash \"$RUNNER_TEMP/x.sh\"; /usr/bin/env true; ~/bin/y; "
        + "echo \"a; tools/not-a-command.sh\"; java -jar tools/spec-gate/target/x.jar")).isEmpty();
    assertThat(RunScript.referencedFiles("bash tools/spec-gate.sh ${BASE:+--base \"$BASE\"} --github-output \"$GITHUB_OUTPUT\""))
        .containsExactly("tools/spec-gate.sh");
  }
}
