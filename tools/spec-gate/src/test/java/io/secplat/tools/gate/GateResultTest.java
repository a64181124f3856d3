package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateResultTest {
  private static GateResult result(String declared, ChangeLevel... levels) {
    List<Change> changes = java.util.Arrays.stream(levels).map(l -> new Change(l, "specs/a.yaml", l.label())).toList();
    return new GateResult("v1.4.0", Version.parse("1.4.0"), Version.parse(declared), changes, true);
  }

  @Test
  void aMinorChangeBumpsTheMinorVersion() {
    GateResult r = result("1.4.1-SNAPSHOT", ChangeLevel.PATCH, ChangeLevel.MINOR);
    assertThat(r.level()).isEqualTo(ChangeLevel.MINOR);
    assertThat(r.nextVersion()).hasToString("1.5.0");
    assertThat(r.passes()).isTrue();
    assertThat(r.summary()).isEqualTo("gate: minor since v1.4.0 (1.4.0); next version 1.5.0");
  }

  @Test
  void aPatchKeepsTheDeclaredPatchVersion() {
    assertThat(result("1.4.1-SNAPSHOT", ChangeLevel.PATCH).nextVersion()).hasToString("1.4.1");
  }

  @Test
  void aBreakingChangeWithoutAMajorBumpFailsAndSaysWhatToDo() {
    GateResult r = result("1.4.1-SNAPSHOT", ChangeLevel.MINOR, ChangeLevel.MAJOR);
    assertThat(r.passes()).isFalse();
    assertThat(r.nextVersion()).hasToString("2.0.0");
    assertThat(r.summary()).isEqualTo("gate: FAIL: breaking changes since v1.4.0 (1.4.0) but the declared version "
        + "1.4.1-SNAPSHOT keeps major 1; set 2.0.0-SNAPSHOT (./mvnw versions:set -DnewVersion=2.0.0-SNAPSHOT) "
        + "and say why in specs/CHANGELOG.md");
  }

  @Test
  void aBreakingChangeWithAMajorBumpPasses() {
    GateResult r = result("2.0.0-SNAPSHOT", ChangeLevel.MAJOR);
    assertThat(r.passes()).isTrue();
    assertThat(r.nextVersion()).hasToString("2.0.0");
  }

  @Test
  void aVersionSetHigherByHandWins() {
    assertThat(result("1.7.0-SNAPSHOT", ChangeLevel.PATCH).nextVersion()).hasToString("1.7.0");
  }

  @Test
  void noChangeMeansNoRelease() {
    GateResult r = result("1.4.1-SNAPSHOT");
    assertThat(r.releases()).isFalse();
    assertThat(r.nextVersion()).hasToString("1.4.0");
    assertThat(r.summary()).isEqualTo("gate: none since v1.4.0 (1.4.0); next version 1.4.0 (nothing to release)");
  }

  @Test
  void theFirstReleaseIsTheDeclaredVersion() {
    GateResult r = new GateResult(null, null, Version.parse("0.1.0-SNAPSHOT"),
        List.of(new Change(ChangeLevel.MINOR, "specs/a.yaml", "new contract")), false);
    assertThat(r.nextVersion()).hasToString("0.1.0");
    assertThat(r.passes()).isTrue();
    assertThat(r.summary()).isEqualTo("gate: minor since no earlier release; next version 0.1.0");
  }
}
