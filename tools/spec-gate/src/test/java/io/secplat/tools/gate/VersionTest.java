package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void parsesReleasesTagsAndSnapshots() {
    assertThat(Version.parse("1.4.2")).isEqualTo(new Version(1, 4, 2, false));
    assertThat(Version.parse("v1.4.2")).isEqualTo(new Version(1, 4, 2, false));
    assertThat(Version.parse("0.1.0-SNAPSHOT")).isEqualTo(new Version(0, 1, 0, true));
    assertThat(Version.parse("0.1.0-SNAPSHOT")).hasToString("0.1.0-SNAPSHOT");
  }

  @Test
  void refusesAnythingElse() {
    assertThatThrownBy(() -> Version.parse("1.4")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.4");
    assertThatThrownBy(() -> Version.parse("1.4.2-RC1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bumpsByLevel() {
    Version v = Version.parse("1.4.2");
    assertThat(v.next(ChangeLevel.MAJOR)).hasToString("2.0.0");
    assertThat(v.next(ChangeLevel.MINOR)).hasToString("1.5.0");
    assertThat(v.next(ChangeLevel.PATCH)).hasToString("1.4.3");
    assertThat(v.next(ChangeLevel.NONE)).hasToString("1.4.2");
    assertThat(v.nextSnapshot()).hasToString("1.4.3-SNAPSHOT");
  }

  @Test
  void aSnapshotComesBeforeItsRelease() {
    assertThat(Version.parse("2.0.0-SNAPSHOT")).isLessThan(Version.parse("2.0.0")).isGreaterThan(Version.parse("1.9.9"));
    assertThat(Version.parse("1.5.0").max(Version.parse("1.4.9"))).hasToString("1.5.0");
  }
}
