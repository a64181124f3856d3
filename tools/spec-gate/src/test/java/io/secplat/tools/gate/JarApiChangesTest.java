package io.secplat.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarApiChangesTest {
  private static final String ACCOUNT = """
      package io.secplat.fixture.model;
      public class Account {
        public String getName() { return "a"; }
        public String getCreatedAt() { return "2026"; }
        String internal() { return "x"; }
      }
      """;

  @TempDir
  Path dir;

  private List<String> changes(Map<String, String> before, Map<String, String> after) throws IOException {
    Path oldJar = TestJars.build(dir, "fixture-client", "1.0.0", before);
    Path newJar = TestJars.build(dir, "fixture-client", "1.1.0-SNAPSHOT", after);
    return JarApiChanges.between("fixture-client", oldJar, newJar).stream().map(Change::toString).toList();
  }

  @Test
  void aRemovedMethodIsMajor() throws IOException {
    assertThat(changes(Map.of("io.secplat.fixture.model.Account", ACCOUNT),
        Map.of("io.secplat.fixture.model.Account", ACCOUNT.replace("public String getCreatedAt() { return \"2026\"; }", ""))))
        .containsExactly("major: `io.secplat.fixture.model.Account`: method `getCreatedAt()` removed");
  }

  @Test
  void aRetypedMethodIsMajor() throws IOException {
    assertThat(changes(Map.of("io.secplat.fixture.model.Account", ACCOUNT),
        Map.of("io.secplat.fixture.model.Account", ACCOUNT.replace("public String getName() { return \"a\"; }",
            "public Integer getName() { return 1; }"))))
        .singleElement().asString().startsWith("major: `io.secplat.fixture.model.Account`: ")
        .contains("method `getName()`");
  }

  @Test
  void aNewMethodAndANewClassAreMinor() throws IOException {
    assertThat(changes(Map.of("io.secplat.fixture.model.Account", ACCOUNT), Map.of(
        "io.secplat.fixture.model.Account", ACCOUNT.replace("String internal()", "public String getEmail() { return null; }\n  String internal()"),
        "io.secplat.fixture.model.Group", "package io.secplat.fixture.model; public class Group {}")))
        .containsExactlyInAnyOrder(
            "minor: `io.secplat.fixture.model.Account`: new method `getEmail()`",
            "minor: new class `io.secplat.fixture.model.Group`");
  }

  @Test
  void aRemovedClassIsMajor() throws IOException {
    assertThat(changes(Map.of("io.secplat.fixture.model.Account", ACCOUNT,
        "io.secplat.fixture.model.Group", "package io.secplat.fixture.model; public class Group {}"),
        Map.of("io.secplat.fixture.model.Account", ACCOUNT)))
        .containsExactly("major: class `io.secplat.fixture.model.Group` removed");
  }

  @Test
  void changesBehindThePublicApiAreNoChange() throws IOException {
    assertThat(changes(Map.of("io.secplat.fixture.model.Account", ACCOUNT),
        Map.of("io.secplat.fixture.model.Account", ACCOUNT.replace("return \"x\";", "return \"y\";")
            .replace("String internal()", "int internal2() { return 1; }\n  String internal()")))).isEmpty();
  }

  @Test
  void jarsArePairedByArtifactIdWhateverTheirFileNames() throws IOException {
    Map<String, String> sources = Map.of("io.secplat.fixture.model.Account", ACCOUNT);
    Path oldJar = TestJars.build(dir, "fixture-client", "1.0.0", sources);
    Path newJar = TestJars.build(dir, "fixture-client", "1.1.0-SNAPSHOT", sources);
    TestJars.build(dir, "other-client", "1.0.0", sources);
    assertThat(JarArtifacts.in(oldJar.getParent())).containsOnlyKeys("fixture-client", "other-client");
    assertThat(JarArtifacts.in(newJar.getParent())).containsExactly(Map.entry("fixture-client", newJar));
    assertThat(Gate.jarChanges(JarArtifacts.in(oldJar.getParent()), JarArtifacts.in(newJar.getParent())))
        .containsExactly(new Change(ChangeLevel.MAJOR, "other-client", "artifact removed"));
  }
}
