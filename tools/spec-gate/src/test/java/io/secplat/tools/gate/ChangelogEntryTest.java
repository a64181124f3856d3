package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogEntryTest {
  private static final GateResult MINOR = new GateResult("v1.4.0", Version.parse("1.4.0"), Version.parse("1.4.1-SNAPSHOT"),
      List.of(
          new Change(ChangeLevel.PATCH, "specs/veza/veza.yaml", "descriptions, examples or extensions changed; the API did not"),
          new Change(ChangeLevel.MINOR, "specs/veza/veza.yaml", "new operation `GET /api/v1/tags` (listTags)"),
          new Change(ChangeLevel.MINOR, "veza-generated-client", "new class `io.secplat.veza.generated.model.Tag`")),
      true);

  @Test
  void rendersTheVersionTheVerdictAndTheChangesBySubjectMostSeriousFirst() {
    assertThat(ChangelogEntry.render(MINOR, LocalDate.of(2026, 11, 22))).isEqualTo("""
        ## secplat 1.5.0

        Minor release (2026-11-22), compared with v1.4.0 (1.4.0).

        `specs/veza/veza.yaml`
        - minor: new operation `GET /api/v1/tags` (listTags)
        - patch: descriptions, examples or extensions changed; the API did not

        `veza-generated-client` (public API)
        - minor: new class `io.secplat.veza.generated.model.Tag`
        """);
  }

  @Test
  void theRealChangelogGrowsByTheEntryOnceOnATempCopy(@TempDir Path dir) throws IOException {
    Path real = RepositoryFiles.root().resolve("specs/CHANGELOG.md");
    Path copy = dir.resolve("CHANGELOG.md");
    Files.copy(real, copy);
    String entry = ChangelogEntry.render(MINOR, LocalDate.of(2026, 11, 22));

    assertThat(ChangelogEntry.append(copy, entry)).isTrue();
    String original = Files.readString(real);
    assertThat(Files.readString(copy)).isEqualTo(original + (original.endsWith("\n") ? "\n" : "\n\n") + entry);

    assertThat(ChangelogEntry.append(copy, entry)).as("the same release twice").isFalse();
    assertThat(Files.readString(copy)).isEqualTo(original + (original.endsWith("\n") ? "\n" : "\n\n") + entry);
  }
}
