package io.secplat.tools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.secplat.tools.gate.SpecFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lint in the build: every contract of the repository ({@code specs.dir}, set by the pom)
 * passes every rule. A violation fails the build with one line per violation.
 */
class RepositorySpecsLintTest {
  static Path repository() {
    Path specs = Path.of(System.getProperty("specs.dir", "../../specs"));
    assertThat(specs).as("specs.dir must name the repository's specs folder").isDirectory();
    return specs.toAbsolutePath().normalize().getParent();
  }

  @Test
  void everyContractOfTheRepositoryPassesTheLint() {
    List<Violation> violations = SpecLint.lintFolder(repository(), "specs");
    assertThat(violations).as(() -> "spec lint violations:\n" + String.join("\n", violations.stream().map(Violation::toString).toList()))
        .isEmpty();
  }

  @Test
  void theLintSeesEveryContract() {
    assertThat(SpecFiles.fromWorkTree(repository(), "specs").contents()).containsKeys(
        "specs/britive/britive.yaml", "specs/veza/veza.yaml", "specs/guardian/guardian.yaml",
        "specs/jupiterone/jupiterone-rest.yaml", "specs/jupiterone/jupiterone.graphqls");
    assertThat(Files.exists(repository().resolve("specs/CHANGELOG.md"))).isTrue();
    assertThat(SpecFiles.fromWorkTree(repository(), "specs").contents()).doesNotContainKey("specs/CHANGELOG.md");
  }
}
